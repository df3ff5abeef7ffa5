package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entitas.EntityType.LOCATION;
import static org.entitas.EntityType.ORGANIZATION;
import static org.entitas.EntityType.PERSON;
import static org.entitas.graph.Marks.mark;

import java.util.List;
import org.entitas.EntityExtractor;
import org.entitas.Mention;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private static final String VISIT = "Presiden Rusia Vladimir Putin tiba di Pyongyang, Rabu (19/6/2024). "
            + "Pemimpin Korea Utara Kim Jong Un menyambut Putin di bandara. "
            + "Kim menyebut kunjungan itu bersejarah, sementara Perserikatan Bangsa-Bangsa (PBB) meminta kedua negara "
            + "menaati sanksi. Juru bicara PBB menyatakan keprihatinan. Putin lalu bertemu Menteri Luar Negeri "
            + "Korea Utara Choe Son Hui.";

    @Test
    void shortFormsAndAcronymsJoinTheirFullNames() {
        List<Mention> mentions = mark(VISIT, LOCATION, "Rusia", PERSON, "Vladimir Putin", LOCATION, "Pyongyang",
                LOCATION, "Korea Utara", PERSON, "Kim Jong Un", PERSON, "Putin", PERSON, "Kim", ORGANIZATION,
                "Perserikatan Bangsa-Bangsa", ORGANIZATION, "PBB", ORGANIZATION, "PBB", PERSON, "Putin",
                LOCATION, "Korea Utara", PERSON, "Choe Son Hui");

        List<Entity> entities = EntityResolver.resolve(VISIT, mentions);

        assertThat(entities).extracting(Entity::key, Entity::canonical, Entity::aliases, e -> e.mentions().size())
                .containsExactly(
                        tuple("LOCATION:rusia", "Rusia", List.of(), 1),
                        tuple("PERSON:vladimir putin", "Vladimir Putin", List.of("Putin"), 3),
                        tuple("LOCATION:pyongyang", "Pyongyang", List.of(), 1),
                        tuple("LOCATION:korea utara", "Korea Utara", List.of(), 2),
                        tuple("PERSON:kim jong un", "Kim Jong Un", List.of("Kim"), 2),
                        tuple("ORGANIZATION:perserikatan bangsa-bangsa", "Perserikatan Bangsa-Bangsa", List.of("PBB"), 3),
                        tuple("PERSON:choe son hui", "Choe Son Hui", List.of(), 1));
    }

    @Test
    void twoPersonsSharingAWordKeepTheShortFormApart() {
        String text = "Kim Jong Un dan Kim Yo Jong hadir. Kim tersenyum.";
        List<Mention> mentions = mark(text, PERSON, "Kim Jong Un", PERSON, "Kim Yo Jong", PERSON, "Kim");
        assertThat(EntityResolver.resolve(text, mentions)).extracting(Entity::canonical)
                .containsExactly("Kim Jong Un", "Kim Yo Jong", "Kim");
    }

    @Test
    void aShortFormOfSeveralWordsJoinsTheFullNameAndSoDoesItsPart() {
        String text = "Menteri Keuangan Sri Mulyani Indrawati hadir. Sri Mulyani lalu pulang. Mulyani tersenyum.";
        List<Mention> mentions = mark(text, PERSON, "Sri Mulyani Indrawati", PERSON, "Sri Mulyani", PERSON, "Mulyani");
        assertThat(EntityResolver.resolve(text, mentions)).singleElement()
                .satisfies(e -> assertThat(e.aliases()).containsExactly("Sri Mulyani", "Mulyani"));
    }

    @Test
    void acronymsMatchInitialsWithoutParentheses() {
        String text = "Komisi Pemilihan Umum menetapkan jadwal. KPU juga mengumumkan hasilnya.";
        List<Mention> mentions = mark(text, ORGANIZATION, "Komisi Pemilihan Umum", ORGANIZATION, "KPU");
        assertThat(EntityResolver.resolve(text, mentions)).singleElement()
                .satisfies(e -> assertThat(e.aliases()).containsExactly("KPU"));
    }

    @Test
    void keysAreStableAcrossCaseSpacingAndAccents() {
        assertThat(EntityResolver.key(PERSON, "  Jos\u00e9   Ramos-Horta ")).isEqualTo("PERSON:jose ramos-horta");
        assertThat(EntityResolver.key(PERSON, "Joko\u2028Widodo")).isEqualTo("PERSON:joko widodo");
        assertThat(EntityResolver.key(PERSON, "Joko\u202F\u2029Widodo")).isEqualTo("PERSON:joko widodo");
        assertThat(Name.of("Perserikatan Bangsa-Bangsa").initials()).isEqualTo("pbb");
    }

    @Test
    void bundledExtractorPlusResolverOnTheVisit() {
        List<Entity> entities = EntityResolver.resolve(VISIT, EntityExtractor.indonesian().extract(VISIT));
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.key()).isEqualTo("PERSON:vladimir putin");
            assertThat(e.mentions()).hasSizeGreaterThanOrEqualTo(2);
        });
        assertThat(entities).anySatisfy(e -> assertThat(e.key()).isEqualTo("PERSON:kim jong un"));
    }
}
