package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.entitas.EntityType.LOCATION;
import static org.entitas.EntityType.ORGANIZATION;
import static org.entitas.EntityType.PERSON;
import static org.entitas.graph.Marks.mark;

import java.util.List;
import java.util.Map;
import org.entitas.Mention;
import org.junit.jupiter.api.Test;

class MentionCleanerTest {

    @Test
    void headlineVerbsAreCutOff() {
        // one line: a first line of its own would be a headline line, whose names the body must show
        String text = "Prabowo Subianto Resmi Dilantik. Kim Jong Un Sambut Putin di Pyongyang";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, PERSON, "Prabowo Subianto Resmi Dilantik",
                PERSON, "Kim Jong Un Sambut", LOCATION, "Pyongyang"));
        assertThat(c.mentions()).extracting(Mention::type, Mention::text, Mention::start).containsExactly(
                tuple(PERSON, "Prabowo Subianto", 0), tuple(PERSON, "Kim Jong Un", 33), tuple(LOCATION, "Pyongyang",
                        text.indexOf("Pyongyang")));
        assertThat(c.fixes()).isEqualTo(Map.of(MentionCleaner.Fix.HEADLINE, 2));
    }

    @Test
    void aDatelineIsSplitOffAndOnlyTheNameAfterItStays() {
        String text = "JAKARTA, KOMPAS.com - Komisi II DPR menggelar rapat. KOMPAS.com - Banjir melanda.";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, ORGANIZATION, "KOMPAS.com - Komisi II DPR",
                ORGANIZATION, "KOMPAS.com - Banjir"));
        assertThat(c.mentions()).extracting(Mention::text).containsExactly("KOMPAS.com", "Komisi II DPR",
                "KOMPAS.com", "Banjir");
        assertThat(c.fixes()).containsEntry(MentionCleaner.Fix.DATELINE, 2);
        assertThat(c.mentions()).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void anUnclosedBracketSplitsTheNameFromItsAcronym() {
        String text = "Dewan Perwakilan Daerah (DPD) dan PT PLN (Persero) hadir.";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, ORGANIZATION, "Dewan Perwakilan Daerah (DPD",
                ORGANIZATION, "PT PLN (Persero"));
        assertThat(c.mentions()).extracting(Mention::text).containsExactly("Dewan Perwakilan Daerah", "DPD",
                "PT PLN");
        assertThat(c.fixes()).isEqualTo(Map.of(MentionCleaner.Fix.BRACKET, 2));
    }

    @Test
    void titlesHonorificsAndRoleTextLeaveThePersonsName() {
        String text = "Pak Prabowo menyapa Gubernur BI Perry. Kapolres Bogor AKBP Teguh Santoso dan Prof. Dr. Siti "
                + "Aminah datang bersama Raja Sapta Oktohari ke Ibu Kota Nusantara.";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, PERSON, "Pak Prabowo", PERSON,
                "Gubernur BI Perry", PERSON, "Kapolres Bogor AKBP", PERSON, "Teguh Santoso", PERSON,
                "Prof. Dr. Siti Aminah", PERSON, "Raja Sapta Oktohari", LOCATION, "Ibu Kota Nusantara"));
        assertThat(c.mentions()).extracting(Mention::text).containsExactly("Prabowo", "Perry", "Teguh Santoso",
                "Siti Aminah", "Raja Sapta Oktohari", "Ibu Kota Nusantara");
        assertThat(c.titles().values()).containsExactlyInAnyOrder("Pak", "Gubernur BI", "Prof. Dr.");
        assertThat(c.fixes()).isEqualTo(Map.of(MentionCleaner.Fix.TITLE, 4, MentionCleaner.Fix.DROPPED, 1));
    }

    @Test
    void aRankAfterAnOrganizationIsTheNextPersons() {
        String text = "Kabid Humas Polda Jabar Kombes Pol. Jules Abraham Abast";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, ORGANIZATION, "Polda Jabar Kombes Pol."));
        assertThat(c.mentions()).extracting(Mention::text).containsExactly("Polda Jabar");
        assertThat(c.fixes()).isEqualTo(Map.of(MentionCleaner.Fix.TITLE, 1));
    }

    @Test
    void lowerCaseWordsAtTheEndsGo() {
        String text = "Warga wilayah Gaza kelaparan. Hujan di pusat Kota Bandung.";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, LOCATION, "wilayah Gaza kelaparan",
                LOCATION, "pusat Kota Bandung"));
        assertThat(c.mentions()).extracting(Mention::text).containsExactly("Gaza", "Kota Bandung");
        assertThat(c.fixes()).isEqualTo(Map.of(MentionCleaner.Fix.LOWER_CASE, 2));
    }

    @Test
    void cleanMentionsStayAsTheyAre() {
        String text = "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) dan David da Silva.";
        List<Mention> ms = mark(text, ORGANIZATION, "Badan Meteorologi, Klimatologi, dan Geofisika", ORGANIZATION,
                "BMKG", PERSON, "David da Silva");
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, ms);
        assertThat(c.mentions()).isEqualTo(ms);
        assertThat(c.fixes()).isEmpty();
    }

    @Test
    void aHeadlineLineGivesNoNameTheBodyDoesNotShow() {
        String text = "Lalu Muhammad Zohri Juara Asia 2023 Usai Kalahkan Rivalnya\n\nJakarta - Sprinter Lalu Muhammad"
                + " Zohri menjuarai lomba lari. Zohri pulang ke Lombok.\nCemaskan Kerja Sama Nuklir Teheran";
        String headline2 = "Cemaskan Kerja Sama Nuklir Teheran-Moskwa Terbaru\nPresiden Iran tiba di Moskwa.";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, PERSON,
                "Lalu Muhammad Zohri Juara Asia 2023", PERSON, "Lalu Muhammad Zohri", PERSON, "Zohri", LOCATION,
                "Lombok"));
        assertThat(c.mentions()).extracting(Mention::text, Mention::start).containsExactly(
                tuple("Lalu Muhammad Zohri", 0), tuple("Lalu Muhammad Zohri", text.indexOf("Lalu", 5)),
                tuple("Zohri", text.indexOf("Zohri pulang")), tuple("Lombok", text.indexOf("Lombok")));
        assertThat(c.fixes()).containsEntry(MentionCleaner.Fix.HEADLINE_LINE, 1)
                .containsEntry(MentionCleaner.Fix.NUMBER, 1);
        MentionCleaner.Cleaned d = MentionCleaner.clean(headline2, mark(headline2, PERSON,
                "Cemaskan Kerja Sama Nuklir Teheran-Moskwa", LOCATION, "Iran", LOCATION, "Moskwa"));
        assertThat(d.mentions()).extracting(Mention::text).containsExactly("Iran", "Moskwa");
        // a short name of a headline is taken as it is
        String short1 = "Sumbar Siaga Banjir Besar\nHujan deras melanda Sumatera Barat.";
        assertThat(MentionCleaner.clean(short1, mark(short1, LOCATION, "Sumbar", LOCATION, "Sumatera Barat"))
                .mentions()).extracting(Mention::text).containsExactly("Sumbar", "Sumatera Barat");
        // without the text, nothing tells a headline line
        assertThat(MentionCleaner.clean(mark(headline2, PERSON, "Cemaskan Kerja Sama Nuklir")).mentions())
                .hasSize(1);
    }

    @Test
    void anInstitutionFusedWithItsPersonIsSplitIntoBoth() {
        String text = "Kepala Badan Pangan Nasional Arief Prasetyo Adi hadir. Arief Prasetyo Adi lalu pergi."
                + " Komisi VII DPR Sugeng Suparwoto dan Departemen Pertahanan AS Lloyd Austin bertemu."
                + " Masjid Raya Baiturrahman Teuku Ahmad. Tim Cook Jr datang. Kata Suparwoto, Komisi IX hadir."
                + " Badan Amil Zakat Aceh membantu warga Aceh. Kementerian Luar Negeri RI Retno Marsudi hadir, kata"
                + " Retno. Universitas Gadjah Mada dan Gadjah Mada. Juru bicara Kementerian Luar Negeri AS Karen"
                + " Wells hadir.";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, PERSON,
                "Kepala Badan Pangan Nasional Arief Prasetyo Adi", PERSON, "Arief Prasetyo Adi", PERSON,
                "Komisi VII DPR Sugeng Suparwoto", PERSON, "Departemen Pertahanan AS Lloyd Austin", PERSON,
                "Masjid Raya Baiturrahman Teuku Ahmad", PERSON, "Tim Cook Jr", PERSON, "Suparwoto", PERSON,
                "Komisi IX", PERSON, "Badan Amil Zakat Aceh", LOCATION, "Aceh", ORGANIZATION,
                "Kementerian Luar Negeri RI Retno Marsudi", PERSON, "Retno", ORGANIZATION, "Universitas Gadjah Mada",
                PERSON, "Gadjah Mada", ORGANIZATION, "Kementerian Luar Negeri AS Karen Wells"));
        assertThat(c.mentions()).extracting(Mention::type, Mention::text).containsExactly(
                tuple(ORGANIZATION, "Badan Pangan Nasional"), tuple(PERSON, "Arief Prasetyo Adi"),
                tuple(PERSON, "Arief Prasetyo Adi"), tuple(ORGANIZATION, "Komisi VII DPR"),
                tuple(PERSON, "Sugeng Suparwoto"), tuple(ORGANIZATION, "Departemen Pertahanan AS"),
                tuple(PERSON, "Lloyd Austin"), tuple(ORGANIZATION, "Masjid Raya Baiturrahman"),
                tuple(PERSON, "Teuku Ahmad"), tuple(PERSON, "Tim Cook Jr"), tuple(PERSON, "Suparwoto"),
                // an institution alone, and an institution of a place, are organizations
                tuple(ORGANIZATION, "Komisi IX"), tuple(ORGANIZATION, "Badan Amil Zakat Aceh"),
                tuple(LOCATION, "Aceh"),
                // an organization ending in a person the document names, after an acronym; not a university
                tuple(ORGANIZATION, "Kementerian Luar Negeri RI"), tuple(PERSON, "Retno Marsudi"),
                tuple(PERSON, "Retno"), tuple(ORGANIZATION, "Universitas Gadjah Mada"), tuple(PERSON, "Gadjah Mada"),
                // or that a title precedes
                tuple(ORGANIZATION, "Kementerian Luar Negeri AS"), tuple(PERSON, "Karen Wells"));
        assertThat(c.titles()).containsValue("Kepala");
        assertThat(c.fixes()).containsEntry(MentionCleaner.Fix.INSTITUTION, 8);
    }

    @Test
    void candidatePairsBecomeTwoPersonsAndAHyphenatedNameStays() {
        String text = "Pasangan Andra Soni-Dimyati Natakusumah unggul. Bobby Nasution-Surya menang, kata Bobby"
                + " Nasution. Jos\u00e9 Ramos-Horta tiba; Horta tersenyum. Umar Al-Faruq datang. Pasangan Anies"
                + " Baswedan-Ma'ruf Sasmita dan Tri Rismaharini-Uu Saiful tiba.";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, PERSON, "Andra Soni-Dimyati Natakusumah",
                PERSON, "Bobby Nasution-Surya", PERSON, "Bobby Nasution", PERSON, "Jos\u00e9 Ramos-Horta", PERSON,
                "Horta", PERSON, "Umar Al-Faruq", PERSON, "Anies Baswedan-Ma'ruf Sasmita", PERSON,
                "Tri Rismaharini-Uu Saiful"));
        assertThat(c.mentions()).extracting(Mention::text).containsExactly("Andra Soni", "Dimyati Natakusumah",
                "Bobby Nasution", "Surya", "Bobby Nasution", "Jos\u00e9 Ramos-Horta", "Horta", "Umar Al-Faruq",
                "Anies Baswedan", "Ma'ruf Sasmita", "Tri Rismaharini", "Uu Saiful");
        assertThat(c.mentions().get(1).start()).isEqualTo(text.indexOf("Dimyati"));
        assertThat(c.fixes()).containsEntry(MentionCleaner.Fix.PAIR, 4);
    }

    @Test
    void oneLetterCommonWordsAndStreetNumbersGo() {
        String text = "Api membakar gudang di Jl. Kenari Raya No. 45 milik M. Warga memadamkan api itu. Bayu datang.";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, PERSON, "Api", LOCATION,
                "Jl. Kenari Raya No. 45", PERSON, "M", PERSON, "Bayu"));
        assertThat(c.mentions()).extracting(Mention::type, Mention::text).containsExactly(
                tuple(LOCATION, "Jl. Kenari Raya"), tuple(PERSON, "Bayu"));
        assertThat(c.fixes()).isEqualTo(Map.of(MentionCleaner.Fix.NUMBER, 1, MentionCleaner.Fix.COMMON_WORD, 2));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> MentionCleaner.clean(null, List.of())).hasMessageContaining("text");
        assertThatThrownBy(() -> MentionCleaner.clean("", null)).hasMessageContaining("mentions");
    }
}
