package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entitas.EntityType.LOCATION;
import static org.entitas.EntityType.ORGANIZATION;
import static org.entitas.EntityType.PERSON;
import static org.entitas.graph.Marks.mark;

import java.util.List;
import org.entitas.Mention;
import org.entitas.TestDocuments;
import org.junit.jupiter.api.Test;

class RoleRelationsTest {

    private static final String TEXT = "Presiden Rusia Vladimir Putin bertemu Wakil Menteri Pertahanan Rusia Aleksey "
            + "Krivoruchko. Ketua Umum Partai Golkar Airlangga Hartarto dan Gubernur Jawa Barat Ridwan Kamil hadir. "
            + "Warga Bandung Budi Santoso juga datang. Menurut Prof. Dr. Siti Aminah, acara lancar.";

    @Test
    void readsRolesFromIndonesianTitles() {
        List<Mention> mentions = mark(TEXT, LOCATION, "Rusia", PERSON, "Vladimir Putin", LOCATION, "Rusia",
                PERSON, "Aleksey Krivoruchko", ORGANIZATION, "Partai Golkar", PERSON, "Airlangga Hartarto",
                LOCATION, "Jawa Barat", PERSON, "Ridwan Kamil", LOCATION, "Bandung", PERSON, "Budi Santoso",
                PERSON, "Siti Aminah");

        List<RoleRelations.Role> roles = RoleRelations.read(TestDocuments.tagged("d", TEXT, mentions));

        assertThat(roles).extracting(r -> r.person().text(), RoleRelations.Role::role,
                r -> r.of().map(Mention::text).orElse("-")).containsExactly(
                tuple("Vladimir Putin", "Presiden", "Rusia"),
                tuple("Aleksey Krivoruchko", "Wakil Menteri Pertahanan", "Rusia"),
                tuple("Airlangga Hartarto", "Ketua Umum", "Partai Golkar"),
                tuple("Ridwan Kamil", "Gubernur", "Jawa Barat"));
        assertThat(roles.get(0).sentence()).isEqualTo("Presiden Rusia Vladimir Putin bertemu Wakil Menteri Pertahanan "
                + "Rusia Aleksey Krivoruchko.");
    }

    @Test
    void theSentenceOfARoleGoesOnPastAbbreviationsInitialsAndNumbers() {
        String text = "Warga datang pagi. Presiden Joko Widodo meresmikan Jl. Tol Cipali bersama B. J. Habibie pada"
                + " pukul 10.30 WIB. Ia lalu pulang.";
        List<Mention> mentions = mark(text, PERSON, "Joko Widodo", PERSON, "B. J. Habibie");

        assertThat(RoleRelations.read(TestDocuments.tagged("d", text, mentions))).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo("Presiden");
            assertThat(r.sentence()).isEqualTo("Presiden Joko Widodo meresmikan Jl. Tol Cipali bersama B. J. Habibie"
                    + " pada pukul 10.30 WIB.");
        });
    }

    @Test
    void aSentenceEndsAtADotBeforeAClosingQuoteOrBracket() {
        String text = "\"Kami siap membantu.\" Presiden Joko Widodo lalu pergi. (Sumber: Antara.) Ia kembali.";
        List<Mention> mentions = mark(text, PERSON, "Joko Widodo");

        assertThat(RoleRelations.read(TestDocuments.tagged("d", text, mentions))).singleElement()
                .satisfies(r -> assertThat(r.sentence()).isEqualTo("Presiden Joko Widodo lalu pergi."));
    }

    @Test
    void aRoleStopsAtItsSentenceAndHopsOverAnAcronymInParentheses() {
        String text = "Presiden AS Joe Biden hadir. Gubernur Bank Indonesia (BI) Perry Warjiyo juga datang.";
        List<Mention> mentions = mark(text, LOCATION, "AS", PERSON, "Joe Biden", ORGANIZATION, "Bank Indonesia",
                ORGANIZATION, "BI", PERSON, "Perry Warjiyo");

        assertThat(RoleRelations.read(TestDocuments.tagged("d", text, mentions))).extracting(r -> r.person().text(),
                RoleRelations.Role::role, r -> r.of().map(Mention::text).orElse("-")).containsExactly(
                tuple("Joe Biden", "Presiden", "AS"),
                tuple("Perry Warjiyo", "Gubernur", "Bank Indonesia"));
    }
}
