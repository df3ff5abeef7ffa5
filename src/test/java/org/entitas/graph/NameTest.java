package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.entitas.EntityType;
import org.junit.jupiter.api.Test;

class NameTest {

    @Test
    void normalFormWordsAndInitials() {
        Name n = Name.of("  Jos\u00e9   Ramos-Horta ");
        assertThat(n.normal()).isEqualTo("jose ramos-horta");
        assertThat(n.words()).containsExactly("jose", "ramos-horta");
        assertThat(n.initials()).isEqualTo("jrh");
        assertThat(Name.of("H. Sutrisno, S.H.").words()).containsExactly("h", "sutrisno", "sh");
        assertThat(Name.of("Perserikatan Bangsa-Bangsa").initials()).isEqualTo("pbb");
    }

    @Test
    void oneAcronymTestForEveryClass() {
        assertThat(Name.of("KPU").acronym()).isTrue();
        assertThat(Name.of("PDI-P").acronym()).isTrue();
        assertThat(Name.of("G20").acronym()).isTrue();
        assertThat(Name.of("A.").acronym()).isFalse();
        assertThat(Name.of("Kpu").acronym()).isFalse();
        assertThat(Name.of("ABCDEFGHIJK").acronym()).isFalse();
        assertThat(Name.of("PDI-P").spellsInitialsOf(Name.of("Partai Demokrasi Indonesia Perjuangan"))).isTrue();
        assertThat(Name.of("KPU").spellsInitialsOf(Name.of("Komisi Pemberantasan Korupsi"))).isFalse();
    }

    @Test
    void formsByType() {
        assertThat(Name.of("Kota Bandung").form(EntityType.LOCATION)).isEqualTo("bandung");
        assertThat(Name.of("Kota Bandung").form(EntityType.PERSON)).isEqualTo("kota bandung");
        assertThat(Name.of("PT Timah Tbk").form(EntityType.ORGANIZATION)).isEqualTo("timah");
    }

    @Test
    void wordsWithinALongerName() {
        assertThat(Name.of("Anthony Ginting").wordsWithin(Name.of("Anthony Sinisuka Ginting"))).isTrue();
        assertThat(Name.of("Ginting Anthony").wordsWithin(Name.of("Anthony Sinisuka Ginting"))).isFalse();
        assertThat(Name.of("Putin").wordsWithin(Name.of("Putin"))).isFalse();
    }
}
