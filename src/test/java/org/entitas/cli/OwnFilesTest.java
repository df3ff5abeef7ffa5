package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command never writes over one of its inputs, whatever the name the output is given (the same path inside an input
 * directory, a symbolic link, a hard link), with or without {@code --overwrite}, and never reads its own earlier
 * output as input.
 */
class OwnFilesTest {

    private static final String TEXT = "Presiden Joko Widodo tiba di Bandung.";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void anOutputThatIsAFileOfAnInputDirectoryIsRefusedEvenWithOverwrite(@TempDir Path dir) throws IOException {
        Path d = Files.createDirectories(dir.resolve("d"));
        Files.writeString(d.resolve("a.txt"), TEXT);
        Files.writeString(d.resolve("x.txt"), TEXT);

        int code = run("tag", "-q", "--overwrite", "-o", d.resolve("x.txt").toString(), d.toString());

        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(d.resolve("x.txt")).hasContent(TEXT);
        assertThat(err.toString()).contains(d.resolve("x.txt") + " is an input and also the output (-o)")
                .doesNotContain("give --overwrite");
    }

    @Test
    void anErrorsFileThatIsAnInputIsRefusedEvenWithOverwrite(@TempDir Path dir) throws IOException {
        Path d = Files.createDirectories(dir.resolve("d"));
        Files.writeString(d.resolve("a.txt"), TEXT);
        Files.writeString(d.resolve("y.txt"), TEXT);

        int code = run("tag", "-q", "--overwrite", "--errors", d.resolve("y.txt").toString(), "-o",
                dir.resolve("out.jsonl").toString(), d.toString());

        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(d.resolve("y.txt")).hasContent(TEXT);
        assertThat(err.toString()).contains("is an input and also the errors file (--errors)");
        assertThat(dir.resolve("out.jsonl")).doesNotExist();
    }

    @Test
    void aHardLinkToAnInputIsTheInput(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.txt");
        Files.writeString(in, TEXT);
        Path link = Files.createLink(dir.resolve("h.txt"), in);

        int overwriting = run("tag", "-q", "--overwrite", "-o", link.toString(), in.toString());
        int refusing = run("tag", "-q", "-o", link.toString(), in.toString());

        assertThat(overwriting).isEqualTo(Main.USAGE);
        assertThat(refusing).isEqualTo(Main.USAGE);
        assertThat(in).hasContent(TEXT);
        assertThat(err.toString()).contains("the same file under another name: a hard or symbolic link")
                .doesNotContain("give --overwrite");
    }

    @Test
    void aSecondRunWithItsOutputInsideTheInputDirectoryDoesNotReadTheFirstRunsOutput(@TempDir Path dir)
            throws IOException {
        Path d = Files.createDirectories(dir.resolve("d"));
        Files.writeString(d.resolve("a.txt"), TEXT);
        Path output = d.resolve("out.jsonl");

        int first = run("tag", "-q", "-o", output.toString(), d.toString());
        String firstOutput = Files.readString(output);
        int second = run("tag", "-q", "--overwrite", "-o", output.toString(), d.toString());

        assertThat(first).as(err.toString()).isEqualTo(Main.OK);
        assertThat(second).as(err.toString()).isEqualTo(Main.OK);
        assertThat(Files.readAllLines(output)).hasSize(1).first().asString()
                .startsWith("{\"id\":\"" + d.resolve("a.txt"));
        assertThat(Files.readString(output)).isEqualTo(firstOutput);
        assertThat(Files.readString(d.resolve("out.jsonl.errors.jsonl"))).isEmpty();
    }

    @Test
    void trainRefusesAnOutThatIsItsTrainingData(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("tiny-ner.tsv");
        try (InputStream in = OwnFilesTest.class.getResourceAsStream("/org/entitas/train/tiny-ner.tsv")) {
            Files.write(corpus, in.readAllBytes());
        }
        byte[] before = Files.readAllBytes(corpus);
        Path link = Files.createLink(dir.resolve("model.bin"), corpus);

        int same = run("train", "ner", "--train", corpus.toString(), "--out", corpus.toString(), "--iterations", "1");
        int linked = run("train", "ner", "--train", corpus.toString(), "--out", link.toString(), "--iterations", "1");
        int clusters = run("train", "clusters", "--text", corpus.toString(), "--out", corpus.toString());
        int casing = run("train", "casing", "--text", corpus.toString(), "--out", corpus.toString());

        assertThat(List.of(same, linked, clusters, casing)).containsOnly(Main.USAGE);
        assertThat(Files.readAllBytes(corpus)).isEqualTo(before);
        assertThat(err.toString()).contains("--out " + corpus + " is the same file as --train " + corpus)
                .contains("--out " + link + " is the same file as --train " + corpus);
    }

    @Test
    void graphRefusesAnInputThatIsOneOfItsExportsAndDoesNotReadThemFromAnInputDirectory(@TempDir Path dir)
            throws IOException {
        Path d = Files.createDirectories(dir.resolve("d"));
        Files.writeString(d.resolve("a.txt"), TEXT);
        Path exports = d.resolve("graph");

        int first = run("graph", "-q", "-o", exports.toString(), d.toString());
        String turtle = Files.readString(exports.resolve("graph.ttl"));
        // the exports of the first run are inside the input directory: not read as documents the second time
        int second = run("graph", "--overwrite", "-o", exports.toString(), d.toString());
        Path link = Files.createLink(dir.resolve("g.txt"), exports.resolve("graph.ttl"));
        int linked = run("graph", "-q", "--overwrite", "-o", exports.toString(), link.toString());

        assertThat(first).as(err.toString()).isEqualTo(Main.OK);
        assertThat(second).as(err.toString()).isEqualTo(Main.OK);
        assertThat(err.toString()).contains("entitas: 1 documents (0 failed)");
        assertThat(linked).isEqualTo(Main.USAGE);
        assertThat(exports.resolve("graph.ttl")).hasContent(turtle);
        // the exports are moved into place whole: no temporary file is left beside them
        try (var left = Files.list(exports)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("neo4j", "graph.graphml",
                    "graph.ttl");
        }
    }
}
