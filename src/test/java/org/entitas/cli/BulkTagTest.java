package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code entitas tag} on archives: counts that add up, a 50 MB document, and resuming a killed run. */
class BulkTagTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    @Timeout(600)
    void mixedDirectoryEndsAsResultsAndFailuresThatAddUp(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("01-good.txt"), "Presiden Joko Widodo tiba di Bandung.");
        Files.write(in.resolve("02-latin1.txt"), "Caf\u00e9 di Medan".getBytes(StandardCharsets.ISO_8859_1));
        Files.createSymbolicLink(in.resolve("03-unreadable.txt"), in.resolve("missing-target"));
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(in.resolve("04-archive.zip")))) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("Gubernur Jawa Timur di Surabaya.".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("b.txt"));
            z.write(new byte[] {0, 0, 1});
            z.closeEntry();
        }
        Files.writeString(in.resolve("05-news.jsonl"), "{\"id\":\"j1\",\"text\":\"KPU di Jakarta.\",\"sumber\":\"x\"}\n"
                + "{\"id\":\"j2\",\"isi\":\"tanpa field text\"}\n{tidak json}\n");
        // a 50 MB document: processed, not failed
        StringBuilder big = new StringBuilder(50_100_000);
        String paragraph = "Menteri Keuangan Sri Mulyani bertemu Gubernur Bank Indonesia di Jakarta, Senin (19/7/2024).\n";
        while (big.length() < 50_000_000) {
            big.append(paragraph);
        }
        try (OutputStream o = Files.newOutputStream(in.resolve("06-big.txt"))) {
            o.write(big.toString().getBytes(StandardCharsets.UTF_8));
        }
        big = null;
        Path output = dir.resolve("out.jsonl");

        int code = run("tag", "--threads", "2", "-o", output.toString(), in.toString());

        assertThat(code).isEqualTo(Main.SOME_FAILED);
        List<String> results = Files.readAllLines(output);
        List<String> failures = Files.readAllLines(dir.resolve("out.jsonl.errors.jsonl"));
        assertThat(results).hasSize(4);
        assertThat(failures).hasSize(5);
        assertThat(results.get(2)).startsWith("{\"id\":\"j1\",\"sumber\":\"x\",\"entities\":[");
        assertThat(results.get(3)).startsWith("{\"id\":\"" + in.resolve("06-big.txt") + "\"");
        assertThat(String.join("\n", failures)).contains("02-latin1.txt").contains("03-unreadable.txt")
                .contains("04-archive.zip!b.txt").contains("\"j2\"").contains("05-news.jsonl:3");
        assertThat(err.toString()).contains("documents: 9 read, 4 tagged, 5 failed");
    }

    @Test
    @Timeout(300)
    void killedRunResumesToTheUninterruptedOutput(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> corpus;
        try (var s = Files.list(Path.of("test-corpus"))) {
            corpus = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < 600; i++) {
            Path src = corpus.get(i % corpus.size());
            Files.copy(src, in.resolve(String.format("%04d-%s", i, src.getFileName())));
        }
        Files.write(in.resolve("0300-bad.txt"), new byte[] {(byte) 0xc3});
        Path full = dir.resolve("full.jsonl");
        assertThat(run("tag", "-q", "--threads", "2", "-o", full.toString(), in.toString())).isEqualTo(Main.SOME_FAILED);

        Path cut = dir.resolve("cut.jsonl");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "tag", "-q", "--threads", "1", "-o", cut.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && (!Files.exists(cut) || Files.size(cut) < Files.size(full) / 3)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("the run was still going when killed").isTrue();
        p.destroyForcibly().waitFor();
        long cutSize = Files.size(cut);
        assertThat(cutSize).isLessThan(Files.size(full));

        int code = run("tag", "-q", "--threads", "2", "--resume", "-o", cut.toString(), in.toString());

        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(Files.readString(cut)).isEqualTo(Files.readString(full));
        assertThat(Files.readString(dir.resolve("cut.jsonl.errors.jsonl")))
                .isEqualTo(Files.readString(dir.resolve("full.jsonl.errors.jsonl")));
    }

    @Test
    void textToConllAndCsvOutputs(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Presiden Rusia Vladimir Putin tiba.\nIa disambut di Pyongyang.");

        assertThat(run("tag", "-q", "--format", "conll", "--no-tokenized", in.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).isEqualTo("-DOCSTART-\t" + in.resolve("a.txt") + "\n\n"
                + "Presiden\tO\nRusia\tB-LOC\nVladimir\tB-PER\nPutin\tI-PER\ntiba\tO\n.\tO\n\n"
                + "Ia\tO\ndisambut\tO\ndi\tO\nPyongyang\tB-LOC\n.\tO\n\n");

        out.getBuffer().setLength(0);
        assertThat(run("tag", "-q", "--format", "csv", in.toString())).isEqualTo(Main.OK);
        List<String> rows = out.toString().lines().toList();
        assertThat(rows.get(0)).isEqualTo("id,type,text,start,end,confidence");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).startsWith(in.resolve("a.txt") + ",PERSON,Vladimir Putin,15,29,");
    }
}
