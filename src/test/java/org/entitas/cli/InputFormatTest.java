package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.entitas.Mention;
import org.entitas.io.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code tag} is told the format of its input: {@code --input-format} for files and standard input, detection
 * by name, gzip on standard input, CoNLL ids, and the text WARC offsets index into.
 */
class InputFormatTest {

    private static final String NEWS = "{\"id\":\"n1\",\"text\":\"Presiden Joko Widodo tiba di Bandung.\"}\n"
            + "{\"id\":\"n2\",\"text\":\"Gubernur Khofifah berada di Surabaya.\"}\n";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private int runWithStdin(byte[] stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bytes)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void jsonLinesOnStandardInputAreReadAsAJsonLinesFileIs(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("news.jsonl"), NEWS);
        assertThat(run("tag", "-q", file.toString())).isEqualTo(Main.OK);
        String fromFile = out.toString();
        out.getBuffer().setLength(0);

        assertThat(runWithStdin(NEWS.getBytes(StandardCharsets.UTF_8), "tag", "-q", "--input-format", "jsonl", "-"))
                .isEqualTo(Main.OK);

        assertThat(out.toString()).isEqualTo(fromFile).startsWith("{\"id\":\"n1\"");
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void gzipOnStandardInputIsToldByItsMagicBytes(@TempDir Path dir) throws IOException {
        assertThat(runWithStdin(gzip(NEWS), "tag", "-q", "--input-format", "jsonl", "-")).isEqualTo(Main.OK);

        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString()).contains("\"id\":\"n2\"").contains("Surabaya");
    }

    @Test
    void standardInputWithoutADeclaredFormatIsOneTextDocument() {
        assertThat(runWithStdin("Presiden Joko Widodo tiba di Bandung.\nIa bertemu Khofifah.\n"
                .getBytes(StandardCharsets.UTF_8), "tag", "-q")).isEqualTo(Main.OK);

        assertThat(out.toString().lines()).hasSize(1).first().asString().startsWith("{\"id\":\"stdin\"");
    }

    @Test
    void jsonLinesOnStandardInputWithoutADeclaredFormatAreRefusedNamingTheFlag() {
        assertThat(runWithStdin(NEWS.getBytes(StandardCharsets.UTF_8), "tag", "-q")).isEqualTo(Main.SOME_FAILED);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("stdin: ", "looks like JSON Lines", "--input-format jsonl");
    }

    @Test
    void jsonLinesOnStandardInputDeclaredAsTextAreOneTextDocument() {
        assertThat(runWithStdin(NEWS.getBytes(StandardCharsets.UTF_8), "tag", "-q", "--input-format", "text"))
                .isEqualTo(Main.OK);

        assertThat(out.toString().lines()).hasSize(1).first().asString().startsWith("{\"id\":\"stdin\"");
    }

    @Test
    void aTextFileGivenToFormatConllIsRefusedNamingTheFlag(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Presiden Joko Widodo tiba di Bandung pagi ini.\n"
                + "Ia bertemu Gubernur Jawa Barat di Gedung Sate.\n");
        assertThat(run("tag", "-q", "--format", "conll", notes.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains(notes + ": read as pre-tokenized CoNLL", "looks like running text",
                "--no-tokenized");

        out.getBuffer().setLength(0);
        assertThat(run("tag", "-q", "--format", "conll", "--no-tokenized", notes.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("Joko\tB-PER");
    }

    @Test
    void conllInATextFileIsStillReadByFormatConll(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.txt"), "Presiden\tO\nJoko\tB-PER\nWidodo\tI-PER\n"
                + "tiba\tO\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n");
        assertThat(run("tag", "-q", "--format", "conll", gold.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("Joko\tB-PER", "rejects\t");
    }

    @Test
    void aDeclaredFormatOverridesTheFileName(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("news.txt"), NEWS);
        assertThat(run("tag", "-q", "--input-format", "jsonl", file.toString())).isEqualTo(Main.OK);
        assertThat(out.toString().lines()).hasSize(2);

        Path gz = Files.write(dir.resolve("news.gz"), gzip(NEWS));
        out.getBuffer().setLength(0);
        assertThat(run("tag", "-q", "--input-format", "JSONL", gz.toString())).isEqualTo(Main.OK);
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void anUnknownInputFormatIsAUsageErrorListingTheAcceptedOnes() {
        assertThat(run("tag", "--input-format", "xml", "-")).isEqualTo(Main.USAGE);

        assertThat(err.toString()).contains("'xml'").contains("auto, text, jsonl, conll, warc")
                .contains("Try 'entitas tag --help'");
        assertThat(err.toString().lines()).hasSize(2);
    }

    @Test
    void conllInputKeepsItsDocumentIdsAndEndsWithTheSummary(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("in.conll"), "-DOCSTART-\tberita/01.txt\n\nPresiden\nJoko\nWidodo\n"
                + "tiba\n.\n\n-DOCSTART- -X- -X- O\n\nIa\npulang\n");

        assertThat(run("tag", "--format", "conll", in.toString())).isEqualTo(Main.OK);

        assertThat(out.toString()).startsWith("-DOCSTART-\tberita/01.txt\n\nPresiden\tO\nJoko\tB-PER\n")
                .contains("-DOCSTART-\t" + in + "#2\n\nIa\tO\npulang\tO\n");
        assertThat(err.toString()).contains("documents: 2 read, 2 tagged, 0 failed");
    }

    @Test
    void aConllFileIsToldByItsNameAndTaggedWithItsTokens(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("in.conll"), "-DOCSTART-\td1\n\nPresiden\tO\nJoko\tO\nWidodo\tO\n");

        assertThat(run("tag", "-q", "--keep-text", in.toString())).isEqualTo(Main.OK);

        assertThat(out.toString()).startsWith("{\"id\":\"d1\",\"text\":\"Presiden Joko Widodo\"");
    }

    @Test
    void theOffsetsOfWarcRecordsIndexIntoTheTextKeepTextWrites(@TempDir Path dir) throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>x</title>"
                + "</head><body><h1>Berita \uD83D\uDE00 hari ini</h1><p>Menteri <b>Sri Mulyani</b> bertemu Presiden"
                + " Joko Widodo di Jakarta.</p></body></html>";
        String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7>"
                + "\r\nWARC-Target-URI: http://x.id/a\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type:"
                + " application/http; msgtype=response\r\nContent-Length: "
                + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n";
        Path warc = Files.writeString(dir.resolve("crawl.warc"), record);

        assertThat(run("tag", warc.toString())).isEqualTo(Main.OK);
        assertThat(err.toString()).contains("offsets of WARC records").contains("--keep-text");

        Path tagged = dir.resolve("tagged.jsonl");
        assertThat(run("tag", "-q", "--keep-text", "-o", tagged.toString(), warc.toString())).isEqualTo(Main.OK);
        List<JsonLines.Record> records = JsonLines.readAll(tagged);
        assertThat(records).hasSize(1);
        String text = records.get(0).document().orElseThrow().text();
        assertThat(text).doesNotContain("<").contains("Sri Mulyani");
        assertThat(records.get(0).mentions()).extracting(Mention::text).contains("Sri Mulyani", "Joko Widodo");
        for (Mention m : records.get(0).mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        // the same record from standard input, declared
        out.getBuffer().setLength(0);
        assertThat(runWithStdin(record.getBytes(StandardCharsets.UTF_8), "tag", "-q", "--input-format", "warc", "-"))
                .isEqualTo(Main.OK);
        assertThat(out.toString()).startsWith("{\"id\":\"urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7\"");
    }
}
