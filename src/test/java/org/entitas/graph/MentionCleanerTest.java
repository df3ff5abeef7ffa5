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
        String text = "Prabowo Subianto Resmi Dilantik\nKim Jong Un Sambut Putin di Pyongyang";
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, mark(text, PERSON, "Prabowo Subianto Resmi Dilantik",
                PERSON, "Kim Jong Un Sambut", LOCATION, "Pyongyang"));
        assertThat(c.mentions()).extracting(Mention::type, Mention::text, Mention::start).containsExactly(
                tuple(PERSON, "Prabowo Subianto", 0), tuple(PERSON, "Kim Jong Un", 32), tuple(LOCATION, "Pyongyang",
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
    void rejectsNull() {
        assertThatThrownBy(() -> MentionCleaner.clean(null, List.of())).hasMessageContaining("text");
        assertThatThrownBy(() -> MentionCleaner.clean("", null)).hasMessageContaining("mentions");
    }
}
