package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's outputs on test-corpus, compared byte for byte with the files committed under
 * {@code src/test/resources/golden/}: {@code tag} as JSON Lines, CSV and CoNLL (from text and pre-tokenized), the
 * {@code graph} exports and the {@code render} pages (the drawing library beside them by name only). A change of output shows here as a failing test; when a
 * change is intended, run with {@code -Dentitas.golden.update=true} to write the files anew and commit them with
 * the reason.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("entitas.golden.update");

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as("exit code of %s; standard error: %s", List.of(args), err).isEqualTo(Main.OK);
        return out.toString();
    }

    /** Compares the output as the command line writes it: UTF-8, an unpaired surrogate written as '?'. */
    private static void check(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as("output %s against %s", name, file)
                .isEqualTo(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    private static void checkTree(String name, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        List<String> listing = files.stream().map(f -> dir.relativize(f).toString()).toList();
        check(name + "/FILES", String.join("\n", listing) + "\n");
        for (Path f : files) {
            // assets/: the drawing library the graph page loads, copied from the jar; not output of entitas
            if (!dir.relativize(f).startsWith("assets")) {
                check(name + "/" + dir.relativize(f), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void tagAsJsonLines() throws IOException {
        check("tag.jsonl", run("tag", "-q", "--threads", "2", "--include", "*.txt", "test-corpus"));
    }

    @Test
    void tagAsCsv() throws IOException {
        check("tag.csv", run("tag", "-q", "--format", "csv", "--include", "*.txt", "test-corpus"));
    }

    @Test
    void tagAsCoNllFromText() throws IOException {
        check("tag.conll", run("tag", "-q", "--format", "conll", "--no-tokenized", "--include", "*.txt",
                "test-corpus"));
    }

    @Test
    void tagPreTokenizedCoNll() throws IOException {
        // the input is the committed CoNLL of the run above: its -DOCSTART- lines, tokens and (ignored) tags
        check("tag-pretokenized.conll", run("tag", "-q", "--format", "conll",
                GOLDEN.resolve("tag.conll").toString()));
    }

    @Test
    void graphExports(@TempDir Path dir) throws IOException {
        run("graph", "--include", "*.txt", "-o", dir.toString(), "test-corpus");
        checkTree("graph", dir);
    }

    @Test
    void graphExportsFromTaggedJsonLines(@TempDir Path dir) throws IOException {
        run("graph", "--tagged", "-o", dir.toString(), GOLDEN.resolve("tag.jsonl").toString());
        checkTree("graph-tagged", dir);
    }

    @Test
    void graphFromJsonLinesWithTextEqualsGraphFromText(@TempDir Path dir) throws IOException {
        Path tagged = dir.resolve("tagged.jsonl");
        run("tag", "-q", "--keep-text", "--include", "*.txt", "-o", tagged.toString(), "test-corpus");
        run("graph", "-q", "--tagged", "-o", dir.resolve("g").toString(), tagged.toString());
        checkTree("graph", dir.resolve("g"));
    }

    @Test
    void renderedPages(@TempDir Path dir) throws IOException {
        run("render", "--include", "*.txt", "-o", dir.toString(), "test-corpus");
        checkTree("render", dir);
    }
}
