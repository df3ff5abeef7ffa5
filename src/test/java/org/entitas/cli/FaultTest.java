package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input and faults: the run goes on, and no document is lost or corrupted. */
class FaultTest {

    private static final String TEXT = "Presiden Joko Widodo tiba di Bandung.";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** A document with a person and a place: {@code dir/a.txt}. */
    private static Path text(Path dir) throws IOException {
        return Files.writeString(dir.resolve("a.txt"), TEXT);
    }

    @Test
    @Timeout(120)
    void aGzipBombInADirectoryIsOneFailureAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), TEXT);
        // 24 MiB of zeros, about 24 KB compressed: past 10 times 1 MiB
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("b.txt.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 24; i++) {
                gz.write(zeros);
            }
        }
        Files.writeString(in.resolve("c.txt"), TEXT);
        Files.writeString(in.resolve("d.txt"), TEXT.repeat(100));
        Path output = dir.resolve("out.jsonl");

        int code = run("tag", "-q", "--max-inflation", "10", "--max-document", "2K", "-o", output.toString(),
                in.toString());

        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(Files.readAllLines(output)).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("a.txt")).anySatisfy(l -> assertThat(l).contains("c.txt"));
        String failures = Files.readString(dir.resolve("out.jsonl.errors.jsonl"));
        assertThat(failures).contains("b.txt.gz").contains("--max-inflation 10").contains("at byte ")
                .contains("d.txt").contains("--max-document").contains("byte 2049");
    }

    @Test
    void aMemberPastTheMemberLimitAndALinkInATarAreFailures(@TempDir Path dir) throws Exception {
        Path tar = dir.resolve("a.tar");
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry e = new TarArchiveEntry("good.txt");
            e.setSize(good.length);
            t.putArchiveEntry(e);
            t.write(good);
            t.closeArchiveEntry();
            TarArchiveEntry link = new TarArchiveEntry("link.txt", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            t.putArchiveEntry(link);
            t.closeArchiveEntry();
            byte[] big = ("{\"text\":\"" + TEXT + "\"}\n").repeat(50).getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry e2 = new TarArchiveEntry("big.jsonl");
            e2.setSize(big.length);
            t.putArchiveEntry(e2);
            t.write(big);
            t.closeArchiveEntry();
        }

        int code = run("tag", "-q", "--max-member", "1K", tar.toString());

        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("a.tar!link.txt: a symbolic link to /etc/passwd")
                .contains("a.tar!big.jsonl: larger than the archive member limit (--max-member) of 1024 bytes");
    }

    @Test
    void invalidUtf8OnOneJsonLineFailsThatLineOnlyWithItsByteOffset(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        for (int i = 1; i <= 10; i++) {
            byte[] line = ("{\"id\":\"d" + i + "\",\"text\":\"" + TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8);
            if (i == 5) {
                line[20] = (byte) 0xff;
            }
            bytes.write(line);
        }
        bytes.write(("{\"id\":\"d11\",\"text\":\"" + "x".repeat(500) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(("{\"id\":\"\\ud800\",\"text\":\"" + TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(("{\"id\":\"d13\",\"text\":\"" + TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8));
        Path plain = dir.resolve("news.jsonl");
        Files.write(plain, bytes.toByteArray());
        Path gz = dir.resolve("news2.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(bytes.toByteArray());
        }
        int lineLength = ("{\"id\":\"d1\",\"text\":\"" + TEXT + "\"}\n").length();
        long badOffset = 3 + 4L * lineLength + 20;

        for (Path file : List.of(plain, gz)) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);

            int code = run("tag", "-q", "--max-line", "200", file.toString());

            assertThat(code).isEqualTo(Main.SOME_FAILED);
            assertThat(out.toString().lines()).hasSize(10)
                    .allSatisfy(l -> assertThat(l).doesNotContain("\"id\":\"d5\"").doesNotContain("d11"));
            assertThat(out.toString()).contains("\"id\":\"d1\"").contains("\"id\":\"d13\"");
            assertThat(err.toString()).contains(file + ":5: line 5 is not valid UTF-8 (bad byte at offset "
                    + badOffset + ")").contains(file + ":11: line 11 (from byte ")
                    .contains("longer than the line limit (--max-line) of 200 bytes")
                    .contains(file + ":12: the id on line 12 holds a lone surrogate");
        }
    }

    @Test
    void aCorruptGzipStreamWritesNoneOfItsRecords(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 20; i++) {
                o.write(("{\"text\":\"" + TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] gz = bytes.toByteArray();
        gz[gz.length - 6] ^= 1; // the CRC-32 in the trailer
        Path file = dir.resolve("news.jsonl.gz");
        Files.write(file, gz);

        assertThat(run("tag", "-q", file.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("corrupt gzip stream").contains("none of it is read");
    }

    @Test
    void aMalformedWarcRecordIdFailsThatRecordOnlyAndAnEmptyWarcIsAFailure(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, (record("<urn:uuid:not a uri>") + record("<urn:uuid:3f1e4b5c-0d6a-4e2b-9a7c-1b2c3d4e5f60>"))
                .getBytes(StandardCharsets.UTF_8));
        Path empty = dir.resolve("empty.warc");
        Files.write(empty, new byte[0]);

        int code = run("tag", "-q", warc.toString(), empty.toString());

        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(out.toString().lines()).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("urn:uuid:3f1e4b5c-0d6a-4e2b-9a7c-1b2c3d4e5f60"));
        assertThat(err.toString()).contains("malformed WARC-Record-ID").contains("empty.warc: no HTML response");
    }

    private static String record(String id) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>" + TEXT
                + "</p></body></html>";
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: " + id + "\r\nWARC-Target-URI: http://x.id/a\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n";
    }

    @Test
    void aFailedWriteOnStandardOutputStopsTheRunWithoutASuccessSummary(@TempDir Path dir) throws Exception {
        Path in = text(dir);
        Writer full = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        int code = Main.run(new PrintWriter(full), new PrintWriter(err), "tag", in.toString());

        assertThat(code).isEqualTo(Main.ERROR);
        assertThat(err.toString()).contains("could not write the output").doesNotContain("tagged");
        // said once, not by the run and again on the way out
        assertThat(err.toString().split("could not write the output", -1)).hasSize(2);
    }

    @Test
    @Timeout(120)
    void writingToDevFullExitsWithAnError(@TempDir Path dir) throws Exception {
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull));
        Path in = text(dir);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "tag", "--threads", "1",
                in.toString()).redirectOutput(devFull.toFile()).redirectError(dir.resolve("err").toFile()).start();

        assertThat(p.waitFor()).isEqualTo(Main.ERROR);
        assertThat(Files.readString(dir.resolve("err"))).contains("could not write the output")
                .doesNotContain("1 tagged");
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputKept(@TempDir Path dir) throws Exception {
        Path in = text(dir);
        Path link = dir.resolve("link.txt");
        Files.createSymbolicLink(link, in);

        assertThat(run("tag", "-q", "-o", in.toString(), in.toString())).isEqualTo(Main.USAGE);
        assertThat(run("tag", "-q", "-o", link.toString(), in.toString())).isEqualTo(Main.USAGE);
        assertThat(run("tag", "-q", "-o", dir.resolve("o.jsonl").toString(), "--errors", link.toString(),
                in.toString())).isEqualTo(Main.USAGE);
        assertThat(Files.readString(in)).isEqualTo(TEXT);
        assertThat(err.toString()).contains("refusing to overwrite it");
    }

    @Test
    void anOutputInsideAnInputDirectoryIsNotReadByTheNextRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Path output = dir.resolve("out.jsonl");

        assertThat(run("tag", "-q", "-o", output.toString(), dir.toString())).isEqualTo(Main.OK);
        assertThat(run("tag", "-q", "--overwrite", "-o", output.toString(), dir.toString())).isEqualTo(Main.OK);

        assertThat(Files.readAllLines(output)).hasSize(1);
    }

    @Test
    void aSecondRunOnALockedOutputIsRefused(@TempDir Path dir) throws Exception {
        Path in = text(dir);
        Path output = dir.resolve("out.jsonl");
        Files.writeString(output, "kept\n");
        try (FileChannel c = FileChannel.open(dir.resolve("out.jsonl.journal"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = c.lock()) {

            assertThat(run("tag", "-q", "--resume", "-o", output.toString(), in.toString())).isEqualTo(Main.ERROR);
            assertThat(run("tag", "-q", "-o", output.toString(), in.toString())).isEqualTo(Main.ERROR);
        }
        assertThat(Files.readString(output)).isEqualTo("kept\n");
        assertThat(err.toString()).contains("another run is writing it");
    }

    @Test
    @Timeout(120)
    void aSecondRunInAnotherProcessIsRefusedWhileTheFirstWrites(@TempDir Path dir) throws Exception {
        Path in = text(dir);
        Path output = dir.resolve("out.jsonl");
        // another JVM holds the journal's lock, as a running entitas does
        Path holder = dir.resolve("Hold.java");
        Files.writeString(holder, "import java.nio.channels.*; import java.nio.file.*;\n"
                + "public class Hold { public static void main(String[] a) throws Exception {\n"
                + "  try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE,"
                + " StandardOpenOption.WRITE); FileLock l = c.lock()) {\n"
                + "    System.out.println(\"locked\"); System.out.flush(); Thread.sleep(60_000); } } }\n");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                holder.toString(), dir.resolve("out.jsonl.journal").toString()).start();
        try {
            assertThat(new BufferedReader(new InputStreamReader(p.getInputStream())).readLine())
                    .isEqualTo("locked");

            assertThat(run("tag", "-q", "-o", output.toString(), in.toString())).isEqualTo(Main.ERROR);
        } finally {
            p.destroyForcibly().waitFor();
        }
        assertThat(output).doesNotExist();
        assertThat(err.toString()).contains("another run is writing it");
        // once the other run is gone, the output can be written
        assertThat(run("tag", "-q", "-o", output.toString(), in.toString())).isEqualTo(Main.OK);
    }

    /**
     * A directory {@code in} of {@code a.txt} (a short text) and {@code b.txt}: 38 MB of text, far more than 160 MB
     * of heap can tag (the size limit is raised past it on purpose).
     */
    private static Path tooMuchToTag(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), TEXT);
        try (Writer w = Files.newBufferedWriter(in.resolve("b.txt"))) {
            for (int i = 0; i < 1_000_000; i++) {
                w.write(TEXT);
                w.write('\n');
            }
        }
        return in;
    }

    @Test
    @Timeout(300)
    void outOfMemoryStopsTheRunWithItsOwnExitCodeAndAValidOutputThatResumes(@TempDir Path dir) throws Exception {
        Path in = tooMuchToTag(dir);
        Files.writeString(in.resolve("c.txt"), TEXT);
        Path output = dir.resolve("out.jsonl");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "tag", "--threads", "1",
                "--max-document", "1G", "-o", output.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();

        int code = p.waitFor();
        assertThat(code).as(Files.readString(dir.resolve("log"))).isEqualTo(Main.OUT_OF_MEMORY);
        assertThat(Files.readString(dir.resolve("log"))).contains("out of memory").contains("--resume");
        // whole records only (a.txt, if it was written before b.txt was read), each in the journal
        String written = Files.readString(output);
        assertThat(written.lines()).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(l -> assertThat(l).contains("a.txt").endsWith("]}"));
        assertThat(written.isEmpty() || written.endsWith("\n")).isTrue();

        // with a limit that the heap can take, the resumed run records b.txt as a failure and tags c.txt
        assertThat(run("tag", "-q", "--resume", "--max-document", "1M", "-o", output.toString(), in.toString()))
                .isEqualTo(Main.SOME_FAILED);
        assertThat(Files.readAllLines(output)).hasSize(2);
        assertThat(Files.readString(dir.resolve("out.jsonl.errors.jsonl"))).contains("b.txt")
                .contains("--max-document");
    }

    @Test
    void offsetsCountAByteOrderMark(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.txt");
        Files.write(in, ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));

        assertThat(run("tag", "-q", "--format", "csv", in.toString())).isEqualTo(Main.OK);

        // as any UTF-8 reader sees the file: the mark is its first character
        int start = ("\uFEFF" + TEXT).indexOf("Joko Widodo");
        assertThat(out.toString()).contains(",PERSON,Joko Widodo," + start + "," + (start + 11) + ",");
    }

    @Test
    void graphmlStaysWellFormedWithControlCharactersInNames(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "{\"id\":\"a\\u0001\",\"text\":\"Presiden Joko\\u000bWidodo bertemu Gubernur Ridwan"
                + "\\u000cKamil di Bandung.\"}\n");
        Path graph = dir.resolve("graph");

        assertThat(run("graph", "-q", "-o", graph.toString(), in.toString())).as(err.toString()).isEqualTo(Main.OK);

        String xml = Files.readString(graph.resolve("graph.graphml"));
        assertThat(xml).contains("Joko\uFFFDWidodo");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(graph.resolve("graph.graphml").toFile());
    }

    @Test
    void resumeRefusesAnOutputWithoutItsJournalOrInAnotherFormat(@TempDir Path dir) throws Exception {
        Path in = text(dir);
        Path output = dir.resolve("out.jsonl");
        Files.writeString(output, "{\"id\":\"earlier\"}\n");

        assertThat(run("tag", "-q", "--resume", "-o", output.toString(), in.toString())).isEqualTo(Main.ERROR);
        assertThat(Files.readString(output)).isEqualTo("{\"id\":\"earlier\"}\n");
        assertThat(err.toString()).contains("no journal");

        Files.delete(output);
        Files.deleteIfExists(dir.resolve("out.jsonl.journal"));
        assertThat(run("tag", "-q", "-o", output.toString(), in.toString())).isEqualTo(Main.OK);
        String written = Files.readString(output);
        assertThat(run("tag", "-q", "--resume", "--format", "csv", "-o", output.toString(), in.toString()))
                .isEqualTo(Main.ERROR);
        assertThat(Files.readString(output)).isEqualTo(written);
        assertThat(err.toString()).contains("cannot resume with --format csv, it was written as json");
    }

    @Test
    void afterResumeTheExitCodeCountsTheEarlierFailures(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a-bad.txt"), new byte[] {(byte) 0xc3});
        Files.writeString(in.resolve("b.txt"), TEXT);
        Path output = dir.resolve("out.jsonl");
        assertThat(run("tag", "-q", "-o", output.toString(), in.toString())).isEqualTo(Main.SOME_FAILED);

        assertThat(run("tag", "--resume", "-o", output.toString(), in.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(err.toString()).contains("2 skipped").contains("2 documents in all, 1 failed");
    }

    @Test
    @Timeout(60)
    void aFifoInAnInputDirectoryIsAFailureNotAHang(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("b.txt").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0);
        Files.createSymbolicLink(dir.resolve("c.txt"), Path.of("/dev/zero"));

        assertThat(run("tag", "-q", dir.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("b.txt: not a regular file").contains("c.txt: not a regular file");
    }

    @Test
    void csvNeutralisesFormulasUnlessAskedToKeepThem(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "{\"id\":\"=HYPERLINK(\\\"http://x\\\")\",\"text\":\"" + TEXT + "\"}\n");

        assertThat(run("tag", "-q", "--format", "csv", in.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("\"'=HYPERLINK(\"\"http://x\"\")\",PERSON,Joko Widodo");

        out.getBuffer().setLength(0);
        assertThat(run("tag", "-q", "--format", "csv", "--keep-formulas", in.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("\"=HYPERLINK(\"\"http://x\"\")\",PERSON,Joko Widodo");
    }

    @Test
    void aMissingOutputDirectoryIsNamedWithTheReason(@TempDir Path dir) throws Exception {
        Path in = text(dir);

        assertThat(run("tag", "-q", "-o", dir.resolve("no/such/out.jsonl").toString(), in.toString()))
                .isEqualTo(Main.ERROR);
        assertThat(err.toString()).contains("the directory " + dir.resolve("no/such") + " does not exist");
    }

    @Test
    void aLoneSurrogateIsWrittenAsTheReplacementCharacterByEveryOutput(@TempDir Path dir) throws Exception {
        // a JSON escape may hold half of a character; UTF-8 cannot encode it
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"Presiden Joko Widodo\\udc00 bertemu Gubernur Ridwan Kamil di"
                + " Bandung.\\ud83d\"}\n");

        for (String format : List.of("json", "csv", "conll")) {
            Path output = dir.resolve("out." + format);
            List<String> args = new ArrayList<>(List.of("tag", "-q", "--format", format, "-o",
                    output.toString(), in.toString()));
            if (format.equals("json")) {
                args.add(2, "--keep-text");
            } else if (format.equals("conll")) {
                args.add(2, "--no-tokenized");
            }
            assertThat(run(args.toArray(String[]::new))).as(format + ": " + err).isEqualTo(Main.OK);
            String written = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(written).as(format).doesNotContain("?").contains("Widodo");
            if (!format.equals("csv")) {
                assertThat(written).as(format).contains("\uFFFD");
            }
        }
        // the text's offsets hold: one UTF-16 unit for another
        String json = Files.readString(dir.resolve("out.json"));
        assertThat(json).contains("Widodo\uFFFD bertemu").contains("\"start\":9,\"end\":20");

        Path graph = dir.resolve("graph");
        assertThat(run("graph", "-q", "-o", graph.toString(), in.toString())).as(err.toString()).isEqualTo(Main.OK);
        Path pages = dir.resolve("pages");
        assertThat(run("render", "-q", "-o", pages.toString(), in.toString())).as(err.toString()).isEqualTo(Main.OK);
        String page;
        try (var files = Files.list(pages.resolve("documents"))) {
            page = Files.readString(files.findFirst().orElseThrow());
        }
        assertThat(page).contains("\uFFFD bertemu").doesNotContain("?");
    }

    @Test
    void conllRefusesADocumentWithADocstartTokenAsAFailureAndWritesTheOthers(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Kata -DOCSTART-foo muncul di berita.");
        Files.writeString(in.resolve("b.txt"), TEXT);
        Path output = dir.resolve("out.conll");

        int code = run("tag", "-q", "--format", "conll", "--no-tokenized", "-o", output.toString(), in.toString());

        assertThat(code).isEqualTo(Main.SOME_FAILED);
        String written = Files.readString(output);
        assertThat(written).startsWith("-DOCSTART-\t" + in.resolve("b.txt") + "\n").doesNotContain("foo");
        assertThat(written.lines().filter(l -> l.startsWith("-DOCSTART-"))).hasSize(1);
        assertThat(Files.readString(dir.resolve("out.conll.errors.jsonl"))).contains(in.resolve("a.txt").toString())
                .contains("token 2 of sentence 1 (at character 5) begins with -DOCSTART-");
    }

    @Test
    @Timeout(600)
    void graphAndRenderRunOutOfMemoryWithTheExitCodeOfTagAndAMessage(@TempDir Path dir) throws Exception {
        Path in = tooMuchToTag(dir);
        for (String command : List.of("graph", "render")) {
            Path log = dir.resolve(command + ".log");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx160m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), command,
                    "--threads", "1", "--max-document", "1G", "-o", dir.resolve(command).toString(), in.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();

            assertThat(p.waitFor()).as(command + ": " + Files.readString(log)).isEqualTo(Main.OUT_OF_MEMORY);
            assertThat(Files.readString(log)).as(command).contains("entitas: out of memory: the run is stopped")
                    .contains("-Xmx").doesNotContain("\tat ");
        }
        assertThat(Files.readString(dir.resolve("graph.log"))).contains("are missing or incomplete");
        assertThat(Files.readString(dir.resolve("render.log"))).contains("index.html and graph.html are not written");
        assertThat(dir.resolve("render/index.html")).doesNotExist();
    }

    @Test
    void preTokenizedConllResumesAfterItsLastWholeDocument(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.conll");
        Files.writeString(in, "Presiden\nJoko\nWidodo\n\n-DOCSTART-\n\nGubernur\nRidwan\nKamil\n\n-DOCSTART-\n\nBandung\n");
        Path output = dir.resolve("out.conll");
        assertThat(run("tag", "-q", "--format", "conll", "-o", output.toString(), in.toString())).isEqualTo(Main.OK);
        String whole = Files.readString(output);
        Path journal = dir.resolve("out.conll.journal");
        List<String> done = Files.readAllLines(journal);
        assertThat(done).hasSize(4);
        // as a kill after the first document leaves it: the journal up to it, half of the second document written
        Files.write(journal, done.subList(0, 2));
        Files.writeString(output, whole.substring(0, whole.indexOf("Kamil")));

        assertThat(run("tag", "-q", "--format", "conll", "--resume", "-o", output.toString(), in.toString()))
                .isEqualTo(Main.OK);

        assertThat(Files.readString(output)).isEqualTo(whole);
    }
}
