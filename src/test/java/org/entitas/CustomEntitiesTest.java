package org.entitas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.entitas.EntityType.LOCATION;
import static org.entitas.EntityType.ORGANIZATION;
import static org.entitas.EntityType.PERSON;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllReader;
import org.entitas.io.IobSpans;
import org.entitas.train.NameFinderTraining;
import org.entitas.train.NerRecipe;
import org.entitas.train.TrainingResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom entity types: a name finder trained on PRODUCT and EVENT added to the bundled one, a dictionary and
 * token patterns, combined by the rule of {@link EntityExtractor.Builder}.
 */
class CustomEntitiesTest {

    private static final EntityType PRODUCT = EntityType.of("PRODUCT");
    private static final EntityType EVENT = EntityType.of("EVENT");

    @TempDir
    static Path dir;
    /** A name finder of PRODUCT and EVENT, trained with the default recipe on the sentences of products-ner.tsv. */
    static Path products;

    @BeforeAll
    static void trainProducts() throws IOException {
        Path corpus = dir.resolve("products-ner.tsv");
        try (InputStream in = CustomEntitiesTest.class.getResourceAsStream("products-ner.tsv")) {
            Files.write(corpus, in.readAllBytes());
        }
        List<ConllDocument> docs = ConllReader.readAll(corpus, true);
        products = dir.resolve("products.bin");
        NameFinderTraining.train(docs, NameFinderTraining.typesIn(docs), NerRecipe.named("entitas"),
                TrainingResources.NONE, products);
    }

    @Test
    void anAddedNameFinderAddsItsTypesToTheBundledOnes() throws IOException {
        EntityExtractor ner = EntityExtractor.builder().addNameFinder(products).build();
        String text = "Presiden Joko Widodo membeli Kopi Senja di Surabaya.";

        assertThat(ner.types()).containsExactlyInAnyOrder(PERSON, LOCATION, ORGANIZATION, PRODUCT, EVENT);
        assertThat(ner.extract(text)).extracting(Mention::type, Mention::text, Mention::start, Mention::end)
                .containsExactly(tuple(PERSON, "Joko Widodo", 9, 20), tuple(PRODUCT, "Kopi Senja", 29, 39),
                        tuple(LOCATION, "Surabaya", 43, 51));
        assertThat(ner.extract(text)).containsAll(EntityExtractor.indonesian().extract(text));
        assertThat(EntityExtractor.builder().addNameFinder(products).types(PRODUCT).build().extract(text))
                .extracting(Mention::type, Mention::text).containsExactly(tuple(PRODUCT, "Kopi Senja"));
    }

    @Test
    void betweenModelsTheLongerNameWins() throws IOException {
        String text = "Gubernur membuka Festival Danau Toba pekan ini.";
        // the bundled model alone finds the lake (the whole name or its last word), inside the festival's name
        assertThat(EntityExtractor.indonesian().extract(text)).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(LOCATION);
            assertThat(m.text()).endsWith("Toba");
        });
        assertThat(EntityExtractor.builder().addNameFinder(products).build().extract(text))
                .extracting(Mention::type, Mention::text).containsExactly(tuple(EVENT, "Festival Danau Toba"));
    }

    @Test
    void dictionaryAndPatternMatchesWinOverTheModelWithConfidenceOne() throws IOException {
        Path names = Files.writeString(dir.resolve("names.tsv"), """
                # names the newsroom knows
                Gedung Putih\tORGANIZATION
                Nusa Pro 5\tPRODUCT

                Kim Jong Un\tPER
                """);
        Path patterns = Files.writeString(dir.resolve("patterns.tsv"), "# banks\nORG\tBank /[A-Z]\\w+/\n");
        EntityExtractor ner = EntityExtractor.builder().dictionary(names).patterns(patterns).build();

        assertThat(EntityExtractor.indonesian().extract("Warga mengantre membeli Nusa Pro 5 di toko Bank Nusantara."))
                .extracting(Mention::type, Mention::text)
                .containsExactly(tuple(LOCATION, "Nusa Pro 5"), tuple(ORGANIZATION, "Bank Nusantara"));
        assertThat(ner.extract("Warga mengantre membeli Nusa Pro 5 di toko Bank Nusantara."))
                .extracting(Mention::type, Mention::text, Mention::confidence)
                .containsExactly(tuple(PRODUCT, "Nusa Pro 5", 1.0), tuple(ORGANIZATION, "Bank Nusantara", 1.0));
        assertThat(ner.extract("Kim Jong Un tiba di Gedung Putih.")).extracting(Mention::type, Mention::text)
                .containsExactly(tuple(PERSON, "Kim Jong Un"), tuple(ORGANIZATION, "Gedung Putih"));
        assertThat(ner.types()).contains(PRODUCT);
    }

    @Test
    void namesAreMatchedAsTheTokenizerCutsThemCaseIncluded() throws IOException {
        EntityExtractor ner = EntityExtractor.builder()
                .dictionary(Map.of("Kopi Senja (Gula Aren)", PRODUCT, "Jl. Merdeka", LOCATION))
                .pattern(EVENT, "/[A-Z]\\w+/+ Cup /20[0-9][0-9]/?").build();

        assertThat(ner.extract("Dia minum Kopi Senja (Gula Aren), bukan kopi senja (gula aren), di Jl. Merdeka "
                + "saat Nusantara Cup 2026.")).extracting(Mention::type, Mention::text)
                .containsExactly(tuple(PRODUCT, "Kopi Senja (Gula Aren)"), tuple(LOCATION, "Jl. Merdeka"),
                        tuple(EVENT, "Nusantara Cup 2026"));
    }

    @Test
    void preTokenizedDocumentsGetTheDictionaryAndTheAddedModelToo() throws IOException {
        EntityExtractor ner = EntityExtractor.builder().addNameFinder(products)
                .dictionary(Map.of("Teh Kotak Hijau", PRODUCT)).build();
        TaggedDocument d = ner.extract(new TokenizedDocument("d", List.of(
                List.of("Warga", "membeli", "Teh", "Kotak", "Hijau", "dan", "Kopi", "Senja", "."))));
        assertThat(IobSpans.tags(d)).containsExactly(
                List.of("O", "O", "B-PRODUCT", "I-PRODUCT", "I-PRODUCT", "O", "B-PRODUCT", "I-PRODUCT", "O"));
    }

    @Test
    void badDictionaryLinesNameTheFileTheLineAndTheValue() throws IOException {
        assertThatThrownBy(() -> build(Files.writeString(dir.resolve("a.tsv"), "Gedung Putih\tORG\nNusa Pro 5 PRODUCT\n"), null))
                .isInstanceOf(UncheckedIOException.class).hasMessageEndingWith(
                        "a.tsv, line 2: expected name<TAB>TYPE, got 'Nusa Pro 5 PRODUCT'");
        assertThatThrownBy(() -> build(Files.writeString(dir.resolve("b.tsv"), "# x\nNusa Pro 5\tproduk baru\n"), null))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("b.tsv, line 2: ")
                .hasMessageContaining("'PRODUK BARU'");
        assertThatThrownBy(() -> build(Files.writeString(dir.resolve("c.tsv"), "Garuda\tPRODUCT\nGaruda\tORG\n"), null))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageEndingWith("c.tsv, line 2: listed already as PRODUCT: 'Garuda\tORG'");
        assertThatThrownBy(() -> build(Files.writeString(dir.resolve("d.tsv"), "a\tPRODUCT\nb\tPRODUCT\textra\n"), null))
                .hasMessageEndingWith("d.tsv, line 2: expected name<TAB>TYPE, got 'b\tPRODUCT\textra'");
        Path notUtf8 = Files.write(dir.resolve("e.tsv"), "a\tPRODUCT\nKop\u00ed\tPRODUCT\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> build(notUtf8, null)).hasMessageEndingWith("e.tsv, line 2: not UTF-8 text");
        assertThatThrownBy(() -> build(dir.resolve("absent.tsv"), null)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("absent.tsv");
        String huge = "Nusa Pro ".repeat(100_000);
        assertThatThrownBy(() -> build(Files.writeString(dir.resolve("f.tsv"), huge + "\n"), null))
                .hasMessageEndingWith("f.tsv, line 1: expected name<TAB>TYPE, got '" + huge.substring(0, 200)
                        + "... (" + huge.length() + " characters)'");
        assertThatThrownBy(() -> EntityExtractor.builder().dictionary(Map.of(" ", PRODUCT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank name");
    }

    @Test
    void badPatternLinesNameTheFileTheLineAndTheValue() throws IOException {
        assertThatThrownBy(() -> build(null, Files.writeString(dir.resolve("p1.tsv"), "PRODUCT\tNusa Pro /[0-9/\n")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("p1.tsv, line 1: bad regex '/[0-9/'")
                .hasMessageEndingWith(": 'PRODUCT\tNusa Pro /[0-9/'");
        assertThatThrownBy(() -> build(null, Files.writeString(dir.resolve("p2.tsv"), "\n\nNusa Pro\n")))
                .hasMessageEndingWith("p2.tsv, line 3: expected TYPE<TAB>pattern, got 'Nusa Pro'");
        assertThatThrownBy(() -> build(null, Files.writeString(dir.resolve("p3.tsv"), "EVENT\tFestival? Raya*\n")))
                .hasMessageContaining("p3.tsv, line 1: a pattern needs an element that is not optional");
        assertThatThrownBy(() -> EntityExtractor.builder().pattern(EVENT, "Festival /[A-Z/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad regex '/[A-Z/'");
    }

    @Test
    void typesRestrictWhatTheRuleGivesAndDoNotChangeIt() throws IOException {
        String text = "Warga mengantre membeli Nusa Pro 5 di toko Bank Nusantara, sementara Gedung Putih diam.";
        Map<String, EntityType> names = Map.of("Gedung Putih", ORGANIZATION);
        List<Mention> all = EntityExtractor.builder().addNameFinder(products).dictionary(names).build().extract(text);
        List<Mention> some = EntityExtractor.builder().addNameFinder(products).dictionary(names).types(PRODUCT, EVENT)
                .build().extract(text);

        assertThat(EntityExtractor.builder().nameFinder(products).build().extract(text))
                .extracting(Mention::type, Mention::text).contains(tuple(PRODUCT, "Gedung Putih"));
        assertThat(all).extracting(Mention::type, Mention::text).contains(tuple(ORGANIZATION, "Gedung Putih"));
        assertThat(some).isEqualTo(all.stream().filter(m -> m.type().equals(PRODUCT) || m.type().equals(EVENT))
                .toList()).extracting(Mention::text).doesNotContain("Gedung Putih");
    }

    @Test
    void aTypeAskedForMayBeOneOfTheDictionary() throws IOException {
        EntityExtractor ner = EntityExtractor.builder().dictionary(Map.of("Nusa Pro 5", PRODUCT)).types(PRODUCT)
                .build();
        assertThat(ner.extract("Joko Widodo membeli Nusa Pro 5.")).extracting(Mention::type, Mention::text)
                .containsExactly(tuple(PRODUCT, "Nusa Pro 5"));
        assertThatThrownBy(() -> EntityExtractor.builder().types(EVENT).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the model has no entity type EVENT");
        assertThatThrownBy(() -> EntityExtractor.builder().dictionary(Map.of("Nusa Pro 5", PRODUCT)).types(EVENT)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(
                        "no model, dictionary or pattern has the entity type EVENT; they have [")
                .hasMessageContaining("PRODUCT");
    }

    @Test
    void severalThreadsGiveWhatOneThreadGives() throws IOException {
        EntityExtractor ner = EntityExtractor.builder().addNameFinder(products)
                .dictionary(Map.of("Gedung Putih", ORGANIZATION)).pattern(PRODUCT, "Nusa Pro /[0-9]+/").build();
        List<Document> docs = new ArrayList<>();
        String[] texts = {"Presiden Joko Widodo membeli Kopi Senja di Surabaya.",
            "Warga Medan membeli Nusa Pro 7 sebelum Festival Belanja Nasional.",
            "Kim Jong Un tiba di Gedung Putih bersama Menteri Luar Negeri."};
        for (int i = 0; i < 60; i++) {
            docs.add(Document.of("d" + i, texts[i % texts.length]));
        }
        List<Result> one;
        List<Result> four;
        try (Stream<Result> s = ner.extractAll(docs, 1)) {
            one = s.toList();
        }
        try (Stream<Result> s = ner.extractAll(docs, 4)) {
            four = s.toList();
        }
        assertThat(four).isEqualTo(one);
        assertThat(((TaggedDocument) one.get(1)).mentions()).extracting(Mention::type, Mention::text)
                .contains(tuple(PRODUCT, "Nusa Pro 7"));
    }

    @Test
    void theReadmeExampleFindsWhatTheReadmeSays() throws IOException {
        Path names = Files.writeString(dir.resolve("readme-names.tsv"),
                "# names.tsv: name<TAB>TYPE\nNusa Pro 5\tPRODUCT\nGedung Putih\tORGANIZATION\n");
        Path patterns = Files.writeString(dir.resolve("readme-patterns.tsv"),
                "# patterns.tsv: TYPE<TAB>pattern\nORGANIZATION\tBank /[A-Z]\\w+/\nPRODUCT\tGaruda /E[0-9]+/\n");
        EntityExtractor ner = EntityExtractor.builder()
                .addNameFinder(products)
                .dictionary(names)
                .dictionary(Map.of("Kopi Senja", EntityType.of("PRODUCT")))
                .patterns(patterns)
                .pattern(EntityType.of("PRODUCT"), "Garuda /E[0-9]+/")
                .build();
        List<Mention> found = ner.extract("Warga membeli Nusa Pro 5 dan Kopi Senja.");
        assertThat(found).extracting(Mention::type, Mention::text, Mention::confidence)
                .containsExactly(tuple(PRODUCT, "Nusa Pro 5", 1.0), tuple(PRODUCT, "Kopi Senja", 1.0));
        assertThat(ner.extract("Warga mengantre membeli Nusa Pro 5 dan motor Garuda E3 di toko Bank Nusantara, "
                + "sementara Gedung Putih diam.")).extracting(Mention::type, Mention::text).containsExactly(
                        tuple(PRODUCT, "Nusa Pro 5"), tuple(PRODUCT, "Garuda E3"),
                        tuple(ORGANIZATION, "Bank Nusantara"), tuple(ORGANIZATION, "Gedung Putih"));
    }

    private static EntityExtractor build(Path dictionary, Path patterns) throws IOException {
        EntityExtractor.Builder b = EntityExtractor.builder();
        if (dictionary != null) {
            b.dictionary(dictionary);
        }
        if (patterns != null) {
            b.patterns(patterns);
        }
        return b.build();
    }
}
