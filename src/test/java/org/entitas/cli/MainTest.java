package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void tagWritesOneJsonObjectPerDocument(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Presiden Rusia Vladimir Putin tiba di Pyongyang.");
        Files.writeString(dir.resolve("b.txt"), "");
        int code = run("tag", dir.toString());

        assertThat(code).isEqualTo(Main.OK);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"id\":\"" + dir.resolve("a.txt") + "\",\"entities\":[")
                .contains("{\"text\":\"Vladimir Putin\",\"type\":\"PERSON\",\"start\":15,\"end\":29,\"sentence\":0,"
                        + "\"confidence\":");
        assertThat(lines.get(1)).isEqualTo("{\"id\":\"" + dir.resolve("b.txt") + "\",\"entities\":[]}");
    }

    @Test
    void tagWritesOffsetsInCodePointsWhenAsked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "\uD83D\uDE4F Presiden Rusia Vladimir Putin tiba di Pyongyang.");

        assertThat(run("tag", "-q", "--offsets", "codepoints", dir.toString())).isEqualTo(Main.OK);
        assertThat(run("tag", "-q", "--offsets", "codepoints", "--format", "csv", dir.toString())).isEqualTo(Main.OK);

        assertThat(out.toString()).contains("{\"text\":\"Vladimir Putin\",\"type\":\"PERSON\",\"start\":17,\"end\":31,")
                .contains(",PERSON,Vladimir Putin,17,31,");
    }

    @Test
    void tagSkipsBinaryAndInvalidFilesByNameAndGoesOn(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("1-latin1.txt"), "Caf\u00e9 di Bandung".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("2-image.bin"), new byte[] {1, 0, 2, 0});
        Files.writeString(dir.resolve("3-good.txt"), "Gubernur Jawa Barat tiba di Bandung.");
        int code = run("tag", "--threads", "2", dir.toString());

        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(out.toString().lines()).hasSize(1).first().asString().contains("3-good.txt");
        assertThat(err.toString()).contains("1-latin1.txt").contains("not valid UTF-8")
                .contains("2-image.bin").contains("binary");
    }

    @Test
    void missingInputIsAFailureAndTheRestIsTagged(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Gubernur Jawa Barat tiba di Bandung.");
        int code = run("tag", dir.resolve("nope.txt").toString(), dir.resolve("good.txt").toString());

        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("nope.txt").contains("no such file");
    }

    @Test
    void conllInputThatIsNotUtf8IsAFailureAndTheRestIsTagged(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.conll"), "Caf\u00e9\nBandung\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("b.conll"), "Ia\npulang\n");
        int code = run("tag", "--format", "conll", dir.toString());

        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(out.toString()).isEqualTo("-DOCSTART-\t" + dir.resolve("b.conll") + "\n\nIa\tO\npulang\tO\n\n");
        assertThat(err.toString()).contains("a.conll").contains("not valid UTF-8");
    }

    @Test
    void typesMayBeGivenAsLabels(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Presiden Rusia Vladimir Putin tiba di Pyongyang.");
        assertThat(run("tag", "--types", "PER", dir.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("\"type\":\"PERSON\"").doesNotContain("LOCATION");
        assertThat(run("tag", "--types", "PRODUCT", dir.toString())).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("PRODUCT");
    }

    @Test
    void tagReadsStandardInput() {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream("Menteri Keuangan Sri Mulyani berada di Jakarta."
                .getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(run("tag")).isEqualTo(Main.OK);
        } finally {
            System.setIn(saved);
        }
        assertThat(out.toString()).startsWith("{\"id\":\"stdin\"").contains("\"type\":\"LOCATION\"");
    }

    @Test
    void tagConllKeepsTokensAndWritesIobTags(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.conll");
        Files.writeString(in, "-DOCSTART- -X- O\n\nPresiden\tX\nRusia\tX\nVladimir\nPutin\ntiba\n.\n\nIa\tX\npulang\n");
        int code = run("tag", "--format", "conll", in.toString());

        assertThat(code).isEqualTo(Main.OK);
        String[] all = out.toString().split("\n", -1);
        assertThat(all[0]).isEqualTo("-DOCSTART-\t" + in);
        assertThat(all[1]).isEmpty();
        String[] lines = Arrays.copyOfRange(all, 2, all.length);
        assertThat(lines).hasSize(8 + 2 + 1);
        assertThat(lines[6]).isEmpty();
        assertThat(lines[9]).isEmpty();
        String[] tokens = {"Presiden", "Rusia", "Vladimir", "Putin", "tiba", ".", "", "Ia", "pulang"};
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].isEmpty()) {
                assertThat(lines[i]).matches(Pattern.quote(tokens[i]) + "\t(O|[BI]-(PER|LOC|ORG))");
            }
        }
        assertThat(lines[2]).isEqualTo("Vladimir\tB-PER");
        assertThat(lines[3]).isEqualTo("Putin\tI-PER");
    }

    @Test
    void evaluatePrintsScoresPerType(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "Presiden\tO\nRusia\tB-LOC\nVladimir\tB-PER\nPutin\tI-PER\ntiba\tO\n");
        assertThat(run("evaluate", gold.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("LOCATION").contains("PERSON").contains("overall");
    }

    @Test
    void trainCasingWritesTheUsualCasingOfEachWord(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("berita.txt");
        Files.writeString(text, "Warga Bandung antre di pasar .\nHujan turun di Bandung dan di pasar NATO .\n"
                + "Juru bicara NATO tiba di Bandung .\n");
        Path classes = dir.resolve("casing.txt");
        assertThat(run("train", "casing", "--text", text.toString(), "--min-count", "2", "--out", classes.toString()))
                .isEqualTo(Main.OK);
        assertThat(Files.readAllLines(classes)).containsExactly("bandung k4", "di k0", "nato kA", "pasar k0");
        assertThat(out.toString()).contains("casing: " + classes + ", 4 words from 3 sentences");
    }

    @Test
    void versionNamesTheBundledModelAndItsScores() {
        assertThat(run("--version")).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("entitas ").contains("bundled model: entitas-id")
                .contains("nerui-dev 0.881");
    }

    @Test
    void badArgumentsGiveUsageExitCode() {
        assertThat(run("tag", "--format", "xml", "x")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--format").contains("[JSON, CSV, CONLL]").contains("'xml'");
        assertThat(run("train", "ner", "--train", "x.tsv", "--out", "y.bin", "--recipe", "fast")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("'fast'");
        assertThat(run("tag", "--no-such-option")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("Try 'entitas tag --help' for the options.")
                .doesNotContain("Usage:");
    }

    @Test
    void missingModelIsAnErrorNamingTheFile(@TempDir Path dir) {
        assertThat(run("tag", "--ner-model", dir.resolve("none.bin").toString(), dir.toString()))
                .isEqualTo(Main.ERROR);
        assertThat(err.toString()).contains("none.bin").contains("name finder");
    }
}
