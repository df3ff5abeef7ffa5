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

/** {@code entitas train ner}'s choices on the command line, run in-process. */
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
    void anUnknownFeatureSetIsAUsageErrorNamingTheValueAndTheChoices() {
        assertThat(run("train", "ner", "--train", "x.tsv", "--out", "y.bin", "--features", "entitas9"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--features").contains("'entitas9'")
                .contains("[default, entitas, entitas-cues, entitas2, entitas3]");
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
                .contains("[opennlp-default, entitas, entitas2, entitas3]");
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
    void aRecipeWithGazetteerFeaturesNeedsTheDirectory() {
        assertThat(run("train", "ner", "--train", "x.tsv", "--out", "y.bin", "--recipe", "entitas2"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("recipe entitas2 needs --gazetteers DIR");
    }
}
