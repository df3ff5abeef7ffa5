package org.entitas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled pipeline on everyday news sentences of shapes that a tagger alone gets wrong: a company with its
 * legal forms, a long form with its acronym, candidates joined by a hyphen, a street and its number. The sentences
 * are written by the team; the names in them are made up or stand for the shape only.
 */
class NewsPatternsTest {

    private static final EntityExtractor NER = EntityExtractor.indonesian();

    private static List<Mention> found(String text) {
        return NER.extract(text);
    }

    @Test
    void aCompanyKeepsItsLegalForms() {
        assertThat(found("PT Semen Nusantara (Persero) Tbk membukukan laba bersih Rp 2 triliun."))
                .extracting(Mention::type, Mention::text)
                .containsExactly(tuple(EntityType.ORGANIZATION, "PT Semen Nusantara (Persero) Tbk"));
    }

    @Test
    void theLongFormAndItsAcronymAreBothNames() {
        assertThat(found("Penyidik Komisi Pemberantasan Korupsi (KPK) memeriksa dua saksi kemarin."))
                .extracting(Mention::type, Mention::text)
                .containsExactly(tuple(EntityType.ORGANIZATION, "Komisi Pemberantasan Korupsi"),
                        tuple(EntityType.ORGANIZATION, "KPK"));
    }

    @Test
    void candidatesJoinedByAHyphenAreTwoPersons() {
        assertThat(found("Pasangan calon Budi Santoso-Rina Wijaya unggul di tiga kecamatan."))
                .extracting(Mention::type, Mention::text, Mention::start, Mention::end)
                .containsExactly(tuple(EntityType.PERSON, "Budi Santoso", 15, 27),
                        tuple(EntityType.PERSON, "Rina Wijaya", 28, 39));
    }

    @Test
    void aStreetNumberStaysOutsideThePlace() {
        assertThat(found("Toko itu berada di Jl. Diponegoro No. 12, Bandung."))
                .extracting(Mention::type, Mention::text)
                .containsExactly(tuple(EntityType.LOCATION, "Jl. Diponegoro"), tuple(EntityType.LOCATION, "Bandung"));
    }
}
