package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entitas train ner}'s choices and {@code train silver}'s defaults on the command line, run in-process. */
class TrainCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static Path tinyCorpus(Path dir) throws IOException {
        try (InputStream in = TrainCommandTest.class.getResourceAsStream("/org/entitas/train/tiny-ner.tsv")) {
            Path file = dir.resolve("tiny-ner.tsv");
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static Path gazetteers(Path dir) throws IOException {
        Path gaz = Files.createDirectories(dir.resolve("gaz"));
        Files.writeString(gaz.resolve("person.txt"), "Budi Santoso\n");
        Files.writeString(gaz.resolve("place.txt"), "Bandung\n");
        Files.writeString(gaz.resolve("organization.txt"), "Partai Maju\n");
        return gaz;
    }

    @Test
    void choicesAreTakenInTheirCommandLineSpellingsWhateverTheCase(@TempDir Path dir) throws IOException {
        Path corpus = tinyCorpus(dir);
        int code = run("train", "ner", "--train", corpus.toString(), "--out", dir.resolve("a.bin").toString(),
                "--recipe", "opennlp-default", "--cutoff", "1", "--iterations", "5", "--algorithm", "perceptron",
                "--codec", "BILOU", "--features", "default");
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).contains(
                "recipe opennlp-default (PERCEPTRON, 5 iterations, cutoff 1, default features, BILOU, beam 3)");

        code = run("train", "ner", "--train", corpus.toString(), "--out", dir.resolve("b.bin").toString(),
                "--recipe", "entitas", "--gazetteers", gazetteers(dir).toString(), "--iterations", "5",
                "--algorithm", "MAXENT_QN", "--codec", "bio", "--features", "entitas-cues");
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString())
                .contains("recipe entitas (MAXENT_QN, 5 iterations, cutoff 0, entitas-cues features, BIO, beam 3)");
        assertThat(dir.resolve("b.bin")).isNotEmptyFile();
    }

    @Test
    void silverWithItsDefaultsKeepsTheClearSentencesOfTheBundledModel(@TempDir Path dir) throws IOException {
        // the default confidence must be one the bundled model's calibrated confidences reach
        Path text = dir.resolve("news.txt");
        Files.writeString(text, "Wali Kota Surabaya Eri Cahyadi meresmikan taman baru di Kecamatan Rungkut pada "
                + "Sabtu pagi. Gubernur Jawa Tengah Ganjar Pranowo menghadiri rapat di Semarang.\n"
                + "Presiden Joko Widodo tiba di Makassar, Sulawesi Selatan, untuk meninjau pelabuhan.\n");
        Path silver = dir.resolve("silver.tsv");
        int code = run("train", "silver", "--text", text.toString(), "--out", silver.toString());
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).containsPattern("silver: .*, [1-9]\\d* sentences kept of 3 in 2 texts");
        assertThat(Files.readString(silver)).contains("\tB-PER\n", "\tB-LOC\n");
    }

    @Test
    void nameClassesWritesEachWordsClassAndRefusesAMinimumCountUnderOne(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("news.txt");
        Files.writeString(text, "Presiden Joko Widodo tiba di Makassar pagi ini.\n"
                + "Joko Widodo meninjau pelabuhan di Makassar.\n");
        Path classes = dir.resolve("names.txt");
        int code = run("train", "name-classes", "--text", text.toString(), "--min-count", "2", "--out",
                classes.toString());
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).containsPattern("name-classes: .*, \\d+ words from 16 tokens in 2 sentences of 2 texts");
        assertThat(Files.readAllLines(classes)).contains("joko sPER4", "makassar sLOC4", "di sO");

        assertThat(run("train", "name-classes", "--text", text.toString(), "--min-count", "0", "--out",
                dir.resolve("other.txt").toString())).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--min-count must be at least 1: 0");
        assertThat(dir.resolve("other.txt")).doesNotExist();
    }

    @Test
    void trainingDataWithOneTagOnEveryTokenIsAUsageErrorSayingSo(@TempDir Path dir) throws IOException {
        Path names = Files.writeString(dir.resolve("names.conll"), "Budi B-PER\n\nAni B-PER\n");

        int code = run("train", "ner", "--train", names.toString(), "--out", dir.resolve("m.bin").toString(),
                "--iterations", "1");

        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("every token has the tag B-PER").doesNotContain("outcome");
        assertThat(dir.resolve("m.bin")).doesNotExist();
    }

    @Test
    void anUnknownFeatureSetIsAUsageErrorNamingTheValueAndTheChoices() {
        assertThat(run("train", "ner", "--train", "x.tsv", "--out", "y.bin", "--features", "entitas9"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--features").contains("'entitas9'")
                .contains("[default, entitas, entitas-cues, entitas2, entitas3, entitas4, entitas4-organizations]");
    }

    @Test
    void anUnknownCodecAlgorithmOrRecipeIsAUsageErrorNamingTheValueAndTheChoices() {
        assertThat(run("train", "ner", "--train", "x.tsv", "--out", "y.bin", "--codec", "bioes"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--codec").contains("'bioes'").contains("[bio, bilou]");
        assertThat(run("train", "ner", "--train", "x.tsv", "--out", "y.bin", "--algorithm", "GIS"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--algorithm").contains("'GIS'")
                .contains("[PERCEPTRON, MAXENT, MAXENT_QN]");
        assertThat(run("train", "ner", "--train", "x.tsv", "--out", "y.bin", "--recipe", "Entitas2"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--recipe").contains("'Entitas2'")
                .contains("[opennlp-default, entitas, entitas2, entitas3, entitas4, entitas5]");
    }

    @Test
    void helpListsTheChoicesByLabel() {
        assertThat(run("train", "ner", "--help")).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("entitas-cues").doesNotContain("ENTITAS_CUES").contains("bio, bilou")
                .contains("PERCEPTRON, MAXENT,").contains("opennlp-default, entitas,");
    }

    @Test
    void casingTextWithoutGazetteersIsAUsageError() {
        assertThat(run("train", "ner", "--train", "x.tsv", "--out", "y.bin", "--recipe", "opennlp-default",
                "--gazetteer-casing", "text.txt")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--gazetteer-casing").contains("gazetteer directory");
    }

    @Test
    void theDefaultRecipeTrainsOnAnyLabelsWithoutGazetteersAndTagsWithThem(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("products.tsv");
        try (InputStream in = TrainCommandTest.class.getResourceAsStream("/org/entitas/products-ner.tsv")) {
            Files.write(corpus, in.readAllBytes());
        }
        Path model = dir.resolve("products.bin");

        int code = run("train", "ner", "--train", corpus.toString(), "--out", model.toString());

        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("recipe entitas (PERCEPTRON, 30 iterations")
                .contains("types [PRODUCT, EVENT], no gazetteer");
        Path text = Files.writeString(dir.resolve("berita.txt"),
                "Pengunjung Festival Danau Toba membeli Kopi Senja dan Nusa Pro 5 .\n");
        out.getBuffer().setLength(0);
        code = run("tag", "-q", "--ner-model", model.toString(), text.toString());
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString())
                .contains("{\"text\":\"Festival Danau Toba\",\"type\":\"EVENT\",\"start\":11,\"end\":30,")
                .contains("{\"text\":\"Kopi Senja\",\"type\":\"PRODUCT\",\"start\":39,\"end\":49,")
                .contains("{\"text\":\"Nusa Pro 5\",\"type\":\"PRODUCT\",\"start\":54,\"end\":64,");
    }

    @Test
    void givenTypesAreTheOnlyOnesLearned(@TempDir Path dir) throws IOException {
        Path corpus = tinyCorpus(dir);
        Path model = dir.resolve("p.bin");
        assertThat(run("train", "ner", "--train", corpus.toString(), "--out", model.toString(), "--types",
                "PRODUCT", "--iterations", "5")).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("types [PRODUCT], no gazetteer");
        assertThat(org.entitas.EntityExtractor.builder().nameFinder(model).build().types())
                .containsExactly(org.entitas.EntityType.of("PRODUCT"));
    }
}
