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
}
