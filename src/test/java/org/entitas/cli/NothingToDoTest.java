package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that have nothing to do, and outputs that would be lost, end with an exit code and a message naming the
 * path: a pattern that matched nothing, an empty directory, an empty JSON Lines file, {@code graph} and
 * {@code render} with nothing tagged, an existing output, a missing output directory, missing gold and training
 * files, a truncated gzip.
 */
class NothingToDoTest {

    private static final String TEXT = "Presiden Joko Widodo tiba di Bandung.";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aPatternThatMatchedNothingIsNamed(@TempDir Path dir) {
        String pattern = dir.resolve("*.txt").toString();

        assertThat(run("tag", pattern)).isEqualTo(Main.SOME_FAILED);

        assertThat(err.toString()).contains(pattern + ": no such file or directory (a pattern that matches no file");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anEmptyDirectoryOrOneWithNoMatchingFileIsNamed(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("tag", empty.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(err.toString()).contains(empty + ": no file to read in this directory");

        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), TEXT);
        assertThat(run("tag", "--include", "*.md", texts.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(err.toString()).contains(texts + ": no file to read in this directory matching --include [*.md]");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anInputWithNoDocumentIsNothingToDo(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("news.jsonl"), "");

        assertThat(run("tag", empty.toString())).isEqualTo(Main.SOME_FAILED);

        assertThat(err.toString()).contains("nothing to do: " + empty + " held no document");
    }

    @Test
    void graphAndRenderWriteNothingWhenNothingWasTagged(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path graph = dir.resolve("graph");
        Path pages = dir.resolve("pages");

        assertThat(run("graph", "-o", graph.toString(), empty.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(run("render", "-o", pages.toString(), dir.resolve("missing.txt").toString()))
                .isEqualTo(Main.SOME_FAILED);

        assertThat(graph).doesNotExist();
        assertThat(pages).doesNotExist();
        assertThat(err.toString()).contains("nothing to do: no document was tagged (1 failed); nothing written to "
                + graph).contains("nothing written to " + pages).contains(empty + ": no file to read");
    }

    @Test
    void anOutputThatIsThereIsKeptUnlessOverwriteOrResumeIsGiven(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), TEXT);
        Path output = dir.resolve("out.jsonl");
        assertThat(run("tag", "-q", "-o", output.toString(), in.toString())).isEqualTo(Main.OK);
        String first = Files.readString(output);
        Files.writeString(in, "Gubernur Jawa Timur berada di Surabaya.");

        assertThat(run("tag", "-q", "-o", output.toString(), in.toString())).isEqualTo(Main.USAGE);
        assertThat(Files.readString(output)).isEqualTo(first);
        assertThat(err.toString()).contains(output + " is already there and not empty").contains("--overwrite")
                .contains("--resume");

        assertThat(run("tag", "-q", "--resume", "-o", output.toString(), in.toString())).isEqualTo(Main.OK);
        assertThat(Files.readString(output)).isEqualTo(first);
        assertThat(run("tag", "-q", "--overwrite", "-o", output.toString(), in.toString())).isEqualTo(Main.OK);
        assertThat(Files.readString(output)).isNotEqualTo(first).contains("Surabaya");
    }

    @Test
    void graphAndRenderKeepTheFilesOfAnEarlierRunUnlessOverwriteIsGiven(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), TEXT);
        Files.writeString(in.resolve("b.txt"), "Gubernur Khofifah berada di Surabaya.");
        Path graph = dir.resolve("graph");
        Path pages = dir.resolve("pages");
        assertThat(run("graph", "-q", "-o", graph.toString(), in.toString())).isEqualTo(Main.OK);
        assertThat(run("render", "-q", "-o", pages.toString(), in.toString())).isEqualTo(Main.OK);
        String graphml = Files.readString(graph.resolve("graph.graphml"));
        Files.delete(in.resolve("b.txt"));

        assertThat(run("graph", "-q", "-o", graph.toString(), in.toString())).isEqualTo(Main.USAGE);
        assertThat(run("render", "-q", "-o", pages.toString(), in.toString())).isEqualTo(Main.USAGE);
        assertThat(Files.readString(graph.resolve("graph.graphml"))).isEqualTo(graphml);
        assertThat(err.toString()).contains(graph + " already holds neo4j, graph.graphml, graph.ttl of an earlier run:"
                + " give --overwrite").contains(pages + " already holds index.html, graph.html, documents");

        assertThat(run("graph", "-q", "--overwrite", "-o", graph.toString(), in.toString())).isEqualTo(Main.OK);
        assertThat(run("render", "-q", "--overwrite", "-o", pages.toString(), in.toString())).isEqualTo(Main.OK);
        assertThat(Files.readString(graph.resolve("graph.graphml"))).isNotEqualTo(graphml).doesNotContain("Surabaya");
        try (var listed = Files.list(pages.resolve("documents"))) {
            assertThat(listed.map(p -> p.getFileName().toString()).toList()).singleElement().asString()
                    .endsWith("a.txt.html");
        }
    }

    @Test
    void anEmptyOutputFileMayBeWrittenWithoutOverwrite(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), TEXT);
        Path output = Files.createFile(dir.resolve("out.jsonl"));

        assertThat(run("tag", "-q", "-o", output.toString(), in.toString())).isEqualTo(Main.OK);
        assertThat(Files.readString(output)).contains("Joko Widodo");
    }

    @Test
    void errorsWithoutOutputWritesTheFailuresBesideStandardOutput(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), TEXT);
        Path errors = dir.resolve("failures.jsonl");

        assertThat(run("tag", "-q", "--errors", errors.toString(), in.toString(), dir.resolve("nope.txt").toString()))
                .isEqualTo(Main.SOME_FAILED);

        assertThat(out.toString().lines()).hasSize(1);
        assertThat(Files.readAllLines(errors)).singleElement().asString().contains("nope.txt")
                .contains("no such file");
        // an errors file that is there is kept, as an output is
        assertThat(run("tag", "-q", "--errors", errors.toString(), in.toString())).isEqualTo(Main.USAGE);
        assertThat(Files.readAllLines(errors)).hasSize(1);
        // and an errors file naming an input is refused
        assertThat(run("tag", "-q", "--overwrite", "--errors", in.toString(), in.toString())).isEqualTo(Main.USAGE);
        assertThat(Files.readString(in)).isEqualTo(TEXT);
    }

    @Test
    void anOutputInAMissingDirectorySaysTheDirectoryDoesNotExist(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), TEXT);

        assertThat(run("tag", "-q", "-o", dir.resolve("no/such/out.jsonl").toString(), in.toString()))
                .isEqualTo(Main.ERROR);

        assertThat(err.toString()).contains("the directory " + dir.resolve("no/such") + " does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void evaluateWithoutGoldDataNamesThePath(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThat(run("evaluate", dir.resolve("gold.tsv").toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(run("evaluate", empty.toString())).isEqualTo(Main.SOME_FAILED);

        assertThat(err.toString()).contains("nothing to evaluate: " + dir.resolve("gold.tsv")
                + ": no such file or directory").contains(empty + ": no .txt document");
    }

    @Test
    void trainingFilesAreCheckedBeforeTraining(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.tsv"), "Joko\tB-PER\nWidodo\tI-PER\n");
        assertThat(run("train", "ner", "--recipe", "opennlp-default", "--train", dir.resolve("none.tsv").toString(),
                "--out", dir.resolve("m.bin").toString())).isEqualTo(Main.ERROR);
        assertThat(run("train", "ner", "--recipe", "opennlp-default", "--train", dir.toString(),
                "--out", dir.resolve("m.bin").toString())).isEqualTo(Main.ERROR);
        assertThat(run("train", "ner", "--recipe", "opennlp-default", "--train", gold.toString(),
                "--out", dir.resolve("no/m.bin").toString())).isEqualTo(Main.ERROR);
        Files.write(gold, "Caf\u00e9\tO\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("train", "ner", "--recipe", "opennlp-default", "--train", gold.toString(),
                "--out", dir.resolve("m.bin").toString())).isEqualTo(Main.ERROR);

        Path ud = Files.write(dir.resolve("ud.conllu"), "# text = Caf\u00e9\n1\tCaf\u00e9\n".getBytes(
                StandardCharsets.ISO_8859_1));
        assertThat(run("train", "sentence", "--train", ud.toString(), "--out", dir.resolve("s.bin").toString()))
                .isEqualTo(Main.ERROR);

        assertThat(err.toString()).contains(ud + ": not valid UTF-8, at line 1");
        assertThat(err.toString()).contains("--train " + dir.resolve("none.tsv") + ": no such file; expected a CoNLL")
                .contains("--train " + dir + ": a directory; expected a CoNLL file")
                .contains("--out " + dir.resolve("no/m.bin") + ": the directory " + dir.resolve("no") + " does not exist")
                .contains(gold + ": not valid UTF-8, at line 1");
    }

    @Test
    void theTrainingScriptWithoutItsDataNamesTheMissingDirectory(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder("bash", "models/train.sh", dir.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(said).contains("the data directory " + dir + "/ud is missing; expected " + dir + " to hold ud/")
                .contains("models/train.sh DATA_DIR");
    }

    @Test
    void aTruncatedGzipKeepsItsCompleteLinesAndReportsWhereItEnds(@TempDir Path dir) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            lines.append("{\"id\":\"d").append(i).append("\",\"text\":\"Hari ke-").append(i)
                    .append(" Presiden Joko Widodo tiba di Bandung dan bertemu Gubernur Jawa Barat.\"}\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bytes)) {
            o.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = bytes.toByteArray();
        Path file = Files.write(dir.resolve("news.jsonl.gz"), Arrays.copyOf(whole, whole.length * 2 / 3));

        assertThat(run("tag", "-q", file.toString())).isEqualTo(Main.SOME_FAILED);

        long kept = out.toString().lines().count();
        assertThat(kept).isGreaterThan(10).isLessThan(400);
        String[] written = out.toString().split("\n");
        for (int i = 0; i < written.length; i++) {
            assertThat(written[i]).startsWith("{\"id\":\"d" + i + "\"");
        }
        assertThat(err.toString()).contains(file + ": truncated gzip stream").contains("decompressed bytes of complete"
                + " lines; those lines are read, the rest is lost");
    }
}
