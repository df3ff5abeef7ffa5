package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.entitas.pipeline.SpanRules.Found;
import org.junit.jupiter.api.Test;

class SpanRulesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.builder()
            .add("LOCATION", "Sulawesi Tengah").add("LOCATION", "Garut").add("ORGANIZATION", "Persib")
            .add("LOCCUE", "Desa").add("PERSON", "Meles").build();
    private static final SpanRules RULES = new SpanRules(Optional.of(GAZETTEER));

    private static String[] words(String sentence) {
        return sentence.split(" ");
    }

    private static List<String> show(String[] tokens, List<Found> found) {
        return found.stream().map(f -> f.label() + ":" + String.join(" ", List.of(tokens).subList(f.first(), f.end())))
                .toList();
    }

    private static List<String> refine(String sentence, int first, int end, String label) {
        String[] tokens = words(sentence);
        return show(tokens, RULES.refine(tokens, List.of(new Found(label, first, end, 0.9))));
    }

    @Test
    void datelineEndsAtItsDashAndNamesThePlaceAndTheMedium() {
        String[] t = words("BANDUNG , KOMPAS.com - Komisi Pemilihan Umum menetapkan");
        assertThat(RULES.dateline(t)).isEqualTo(3);
        assertThat(show(t, RULES.datelineNames(t, 3))).containsExactly("LOC:BANDUNG", "ORG:KOMPAS.com");
        String[] antara = words("Banda Aceh ( ANTARA ) - Pemerintah Aceh");
        assertThat(RULES.dateline(antara)).isEqualTo(5);
        assertThat(show(antara, RULES.datelineNames(antara, 5))).containsExactly("LOC:Banda Aceh", "ORG:ANTARA");
        assertThat(RULES.dateline(words("Bandara Soekarno - Hatta ramai"))).isEqualTo(-1);
        assertThat(RULES.dateline(words("Kata dia , harga naik - turun"))).isEqualTo(-1);
    }

    @Test
    void bracketsCutANameInTwo() {
        assertThat(refine("Komisi Pemilihan Umum ( KPU ) menetapkan", 0, 5, "ORG"))
                .containsExactly("ORG:Komisi Pemilihan Umum", "ORG:KPU");
        assertThat(refine("Ketua (MK) Mahfud MD berkata", 1, 4, "PER")).containsExactly("PER:Mahfud MD");
    }

    @Test
    void titlesAreTrimmedButNotNamesThatStartLikeTitles() {
        assertThat(refine("kata Ketua Umum PDI-P kemarin", 1, 4, "ORG")).containsExactly("ORG:PDI-P");
        assertThat(refine("kata Pak Jokowi kemarin", 1, 3, "PER")).containsExactly("PER:Jokowi");
        assertThat(refine("kata Gus Dur kemarin", 1, 3, "PER")).containsExactly("PER:Gus Dur");
    }

    @Test
    void aPlaceOrOrganizationIsSplitFromThePersonAfterATitle() {
        assertThat(refine("kata Gubernur Sulawesi Tengah Taufik Lamasi kemarin", 2, 6, "LOC"))
                .containsExactly("LOC:Sulawesi Tengah", "PER:Taufik Lamasi");
        assertThat(refine("kata Bupati Garut Barnas Adjidin", 2, 5, "LOC"))
                .containsExactly("LOC:Garut", "PER:Barnas Adjidin");
        assertThat(refine("Pelatih Persib Bojan Hodak", 1, 4, "ORG")).containsExactly("ORG:Persib", "PER:Bojan Hodak");
        assertThat(refine("Sekjen PDI-P Ahmad Basarah", 0, 4, "PER")).containsExactly("ORG:PDI-P", "PER:Ahmad Basarah");
        // no title before it, a place cue alone, or a known person: left as found
        assertThat(refine("di Garut Barnas Adjidin", 1, 4, "LOC")).containsExactly("LOC:Garut Barnas Adjidin");
        assertThat(refine("Kepala Desa Penarukan", 1, 3, "LOC")).containsExactly("LOC:Desa Penarukan");
        assertThat(refine("Perdana Menteri Meles Zenawi", 2, 4, "PER")).containsExactly("PER:Meles Zenawi");
    }

    @Test
    void anOrganizationHeadBeforeAPlaceTakesItIn() {
        assertThat(refine("suku bunga Bank Indonesia naik", 3, 4, "LOC")).containsExactly("ORG:Bank Indonesia");
        assertThat(refine("kata Kepolisian Daerah Jawa Barat", 3, 5, "LOC"))
                .containsExactly("ORG:Kepolisian Daerah Jawa Barat");
        // heads after which the corpora keep the place alone
        assertThat(refine("kata Pemkot Surabaya", 2, 3, "LOC")).containsExactly("LOC:Surabaya");
        assertThat(refine("ke bank Indonesia", 2, 3, "LOC")).containsExactly("LOC:Indonesia");
    }

    private static List<String> refine(String sentence, Found... found) {
        String[] tokens = words(sentence);
        return show(tokens, RULES.refine(tokens, List.of(found)));
    }

    @Test
    void theLegalFormsOfACompanyArePartOfItsName() {
        assertThat(refine("PT Semen Nusantara ( Persero ) Tbk membukukan laba", 0, 3, "ORG"))
                .containsExactly("ORG:PT Semen Nusantara ( Persero ) Tbk");
        assertThat(refine("PT Kereta Api Indonesia (Persero) meresmikan", new Found("ORG", 0, 4, 0.9),
                new Found("ORG", 4, 5, 0.8))).containsExactly("ORG:PT Kereta Api Indonesia (Persero)");
        assertThat(refine("PT Semen Nusantara ( Persero ) Tbk", 0, 7, "ORG"))
                .containsExactly("ORG:PT Semen Nusantara ( Persero ) Tbk");
        // a place is not a company
        assertThat(refine("di Bandung Tbk", 1, 2, "LOC")).containsExactly("LOC:Bandung");
    }

    @Test
    void theLongFormBeforeAnAcronymIsANameOfItsType() {
        assertThat(refine("Penyidik Komisi Pemberantasan Korupsi ( KPK ) memeriksa", 5, 6, "ORG"))
                .containsExactly("ORG:Komisi Pemberantasan Korupsi", "ORG:KPK");
        assertThat(refine("Badan Pengawas Pemilu ( Bawaslu ) mencatat", new Found("ORG", 2, 3, 0.6),
                new Found("ORG", 4, 5, 0.9))).containsExactly("ORG:Badan Pengawas Pemilu", "ORG:Bawaslu");
        assertThat(refine("menurut Lembaga Kajian Air dan Tanah ( LKAT ) kemarin", 7, 8, "ORG"))
                .containsExactly("ORG:Lembaga Kajian Air dan Tanah", "ORG:LKAT");
        // words that do not spell the acronym are left alone
        assertThat(refine("kata Menteri Dalam Negeri ( KPU ) kemarin", 5, 6, "ORG")).containsExactly("ORG:KPU");
        assertThat(refine("kata warga ( KPU ) kemarin", 3, 4, "ORG")).containsExactly("ORG:KPU");
    }

    @Test
    void spellsTakesInitialsAndSyllables() {
        assertThat(NewsShapes.spells("kpk", List.of("Komisi", "Pemberantasan", "Korupsi"))).isTrue();
        assertThat(NewsShapes.spells("bawaslu", List.of("Badan", "Pengawas", "Pemilu"))).isTrue();
        assertThat(NewsShapes.spells("kpk", List.of("Pemberantasan", "Korupsi"))).isFalse();
        assertThat(NewsShapes.spells("kp", List.of("Komisi", "Pemberantasan", "Korupsi"))).isFalse();
    }

    @Test
    void candidatesJoinedByAHyphenAreTwoPersons() {
        assertThat(refine("pasangan calon Budi Santoso - Rina Wijaya unggul", 2, 7, "PER"))
                .containsExactly("PER:Budi Santoso", "PER:Rina Wijaya");
        assertThat(refine("Pasangan calon Budi Santoso - Rina Wijaya unggul")).containsExactly("PER:Budi Santoso",
                "PER:Rina Wijaya");
        assertThat(refine("pasangan calon Budi Santoso - Rina Wijaya unggul", new Found("PER", 5, 7, 0.8)))
                .containsExactly("PER:Budi Santoso", "PER:Rina Wijaya");
        // without a word that announces a pair, a hyphen joins one name
        assertThat(refine("juru bicara Karine Jean - Pierre berkata", 2, 6, "PER"))
                .containsExactly("PER:Karine Jean - Pierre");
    }

    @Test
    void aHyphenBetweenTwoCandidatesIsAToken() {
        String sentence = "Pasangan Budi Santoso-Rina Wijaya menang di tiga kecamatan, Jean-Pierre kalah";
        opennlp.tools.util.Span[] tokens = opennlp.tools.tokenize.WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        assertThat(opennlp.tools.util.Span.spansToStrings(NewsShapes.cutPairHyphens(sentence, tokens), sentence))
                .containsExactly("Pasangan", "Budi", "Santoso", "-", "Rina", "Wijaya", "menang", "di", "tiga",
                        "kecamatan,", "Jean-Pierre", "kalah");
        String alone = "Karine Jean-Pierre berkata";
        opennlp.tools.util.Span[] kept = opennlp.tools.tokenize.WhitespaceTokenizer.INSTANCE.tokenizePos(alone);
        assertThat(NewsShapes.cutPairHyphens(alone, kept)).isSameAs(kept);
    }

    @Test
    void aStreetNumberIsNotPartOfThePlace() {
        assertThat(refine("di Jl. Diponegoro No. 12 , Bandung", 1, 5, "LOC")).containsExactly("LOC:Jl. Diponegoro");
        assertThat(refine("di Jalan Merdeka Nomor 3", 1, 5, "LOC")).containsExactly("LOC:Jalan Merdeka");
        assertThat(refine("di Jalan No Name", 1, 4, "LOC")).containsExactly("LOC:Jalan No Name");
    }

    @Test
    void aTitleInLowerCaseStillSplitsAPlaceFromThePerson() {
        assertThat(refine("juru bicara Garut Barnas Adjidin berkata", 2, 5, "LOC"))
                .containsExactly("LOC:Garut", "PER:Barnas Adjidin");
    }
}
