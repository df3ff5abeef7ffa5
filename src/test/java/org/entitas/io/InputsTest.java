package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.entitas.Document;
import org.entitas.Failure;
import org.entitas.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Every input kind, with stable ids, and bad inputs becoming failures. */
class InputsTest {

    @Test
    void aJsonLinesFileIsReadALineAtATimeNotPulledWholeIntoMemory(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.jsonl");
        Files.writeString(file, "{\"text\":\"Dokumen di Jakarta.\"}\n".repeat(100_000));
        int[] opened = new int[1];
        int[] pulled = new int[1];
        Stream<Stream<Input>> files = Stream.of(file, file).map(f -> {
            opened[0]++;
            return Inputs.file(f, InputOptions.DEFAULTS).peek(r -> pulled[0]++);
        });

        try (Stream<Input> all = Inputs.concat(files.iterator())) {
            Iterator<Input> it = all.iterator();
            it.next();
            it.next();

            // through flatMap, the first next() pulled all 100,000 records of the file into a buffer
            assertThat(pulled[0]).isEqualTo(2);
            assertThat(opened[0]).isEqualTo(1);
            long rest = 0;
            while (it.hasNext()) {
                it.next();
                rest++;
            }
            assertThat(rest).isEqualTo(200_000 - 2);
        }
    }

    @Test
    void symlinkedDirectoriesAreReadGivenDirectlyOrInsideAnInputDirectory(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "Budi di Bandung.");
        Path top = Files.createDirectories(dir.resolve("top"));
        Files.createSymbolicLink(top.resolve("linked"), real);
        Path given = Files.createSymbolicLink(dir.resolve("given"), real);

        assertThat(read(given)).extracting(Input::id).containsExactly(given.resolve("a.txt").toString());
        assertThat(read(top)).extracting(Input::id).containsExactly(top.resolve("linked/a.txt").toString());
    }

    @Test
    void aDirectoryThatCannotBeWalkedIsOneFailureAndTheOthersAreRead(@TempDir Path dir) throws IOException {
        // a link back to the directory that holds it: the walk's error path, reached as any user, root included
        Path d = Files.createDirectories(dir.resolve("d"));
        Files.writeString(d.resolve("a.txt"), "Budi di Bandung.");
        Files.createDirectories(d.resolve("sub"));
        Files.writeString(d.resolve("sub/b.txt"), "Ani di Medan.");
        Files.createSymbolicLink(d.resolve("sub/loop"), d);

        List<Input> read = read(d);

        assertThat(read).extracting(Input::id).containsExactly(d.resolve("a.txt").toString(),
                d.resolve("sub/b.txt").toString(), d.resolve("sub/loop").toString());
        assertThat(read.get(2)).isInstanceOf(Failure.class);
        assertThat(((Failure) read.get(2)).reason()).contains("sub/loop").contains("a loop");
    }

    @Test
    void anUnreadableSubdirectoryIsOneFailureAndTheOthersAreRead(@TempDir Path dir) throws IOException {
        Path d = Files.createDirectories(dir.resolve("d"));
        Files.writeString(d.resolve("a.txt"), "Budi di Bandung.");
        Path secret = Files.createDirectories(d.resolve("secret"));
        Files.writeString(secret.resolve("b.txt"), "Ani di Medan.");
        Files.setPosixFilePermissions(secret, Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret),
                    "running as root, whom permissions do not stop: aDirectoryThatCannotBeWalkedIsOneFailure... covers"
                            + " the walk's error path");
            List<Input> read = read(d);

            assertThat(read).extracting(Input::id).containsExactly(d.resolve("a.txt").toString(), secret.toString());
            assertThat(((Failure) read.get(1)).reason()).contains("secret").contains("permission denied");
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aJsonLinesTextOverTheParsersOwnLimitIsReadWhenTheLineLimitAllowsIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.jsonl");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(utf8("{\"id\":\"big\",\"text\":\""));
            byte[] word = utf8("Budi di Bandung. ");
            for (int i = 0; i < 21_000_000 / word.length + 1; i++) {
                out.write(word);
            }
            out.write(utf8("\"}\n"));
        }

        List<Input> read = read(f);

        assertThat(read).hasSize(1);
        assertThat(read.get(0)).isInstanceOf(Document.class);
        assertThat(((Document) read.get(0)).text().length()).isGreaterThan(20_000_000);
    }

    @Test
    void aFieldGivenTwiceIsAFailureInWordsWithoutTheParsersOptionNames(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("dup.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"Budi\",\"text\":\"Ani\"}\n{\"id\":\"b\",\"n\":"
                + "1".repeat(2000) + ",\"text\":\"x\"}\n");

        List<Input> read = read(f);

        assertThat(read).hasSize(2).allMatch(r -> r instanceof Failure);
        assertThat(((Failure) read.get(0)).reason()).contains("line 1 is not valid JSON: Duplicate field 'text'")
                .contains("column");
        assertThat(((Failure) read.get(1)).reason()).contains("line 2 is not valid JSON")
                .doesNotContain("StreamRead").doesNotContain("REDACTED").doesNotContain("`");
    }

    @Test
    void aFileThatCannotBeReadIsAFailureSayingWhyNotOnlyItsPath() {
        assertThat(Inputs.failure("d/a.txt", new AccessDeniedException("d/a.txt")).reason())
                .isEqualTo("d/a.txt: permission denied");
        assertThat(Inputs.failure("d/b.txt", new FileSystemException("d/b.txt", null, "I/O error"))
                .reason()).isEqualTo("d/b.txt: I/O error");
    }

    static List<Input> read(Path... inputs) throws IOException {
        try (Stream<Input> s = Inputs.read(List.of(inputs), InputOptions.DEFAULTS)) {
            return s.toList();
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void zip(Path file, Map<String, byte[]> members) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var m : members.entrySet()) {
                z.putNextEntry(new ZipEntry(m.getKey()));
                z.write(m.getValue());
                z.closeEntry();
            }
        }
    }

    static void tarGz(Path file, Map<String, byte[]> members) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (var m : members.entrySet()) {
                regular(tar, m.getKey(), m.getValue());
            }
        }
    }

    /** Writes a regular file member. */
    static void regular(TarArchiveOutputStream tar, String name, byte[] data) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(data.length);
        tar.putArchiveEntry(e);
        tar.write(data);
        tar.closeArchiveEntry();
    }

    static void warc(Path file, Map<String, String> pages) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newOutputStream(file))) {
            for (var p : pages.entrySet()) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), utf8(p.getValue())).build();
                w.write(new WarcResponse.Builder(p.getKey()).body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(bytes);
        }
        return buf.toByteArray();
    }

    @Test
    void readsTextJsonLinesGzipZipTarAndWarcWithStableIds(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Presiden tiba di Bandung.");
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"n1\",\"text\":\"Satu\",\"src\":{\"x\":[1,2]}}\n"
                + "{\"text\":\"Dua\"}\n");
        Files.write(dir.resolve("c.txt.gz"), gzip(utf8("Tiga")));
        zip(dir.resolve("d.zip"), Map.of("berita/1.txt", utf8("Empat")));
        tarGz(dir.resolve("e.tar.gz"), Map.of("x.jsonl", utf8("{\"id\":\"t1\",\"text\":\"Lima\"}\n")));
        warc(dir.resolve("f.warc.gz"), Map.of("http://contoh.id/a",
                "<html><head><script>var x;</script></head><body><h1>Judul</h1><p>Enam di Medan.</p></body></html>"));

        List<Input> records = read(dir);

        assertThat(records).extracting(Input::id).containsExactly(
                dir.resolve("a.txt").toString(), "n1", dir.resolve("b.jsonl") + ":2",
                dir.resolve("c.txt.gz").toString(), dir.resolve("d.zip") + "!berita/1.txt",
                "t1", ((Document) records.get(6)).id());
        assertThat(records).allSatisfy(r -> assertThat(r).isInstanceOf(Document.class));
        Document json = (Document) records.get(1);
        assertThat(json.text()).isEqualTo("Satu");
        assertThat(json.fields()).containsExactly(Map.entry("src", "{\"x\":[1,2]}"));
        Document page = (Document) records.get(6);
        assertThat(page.id()).startsWith("urn:uuid:");
        assertThat(page.text()).isEqualTo("Judul\nEnam di Medan.");
        assertThat(page.fields()).containsEntry("url", "\"http://contoh.id/a\"");
    }

    @Test
    void badInputsBecomeFailuresAndReadingGoesOn(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("1-latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("2-binary.txt"), new byte[] {0, 1, 2});
        Files.createSymbolicLink(dir.resolve("3-broken.txt"), dir.resolve("nowhere"));
        Files.writeString(dir.resolve("4-lines.jsonl"), "{\"text\":\"baik\"}\n{rusak\n{\"judul\":\"tanpa teks\"}\n[1]\n");
        Files.write(dir.resolve("5-corrupt.zip"), utf8("PK\u0003\u0004 bukan zip"));
        Files.write(dir.resolve("6-notgzip.txt.gz"), utf8("bukan gzip"));
        warc(dir.resolve("7-empty.warc"), Map.of("http://contoh.id/kosong", "<html><body><script>x</script></body></html>"));
        Files.writeString(dir.resolve("8-good.txt"), "Baik.");

        List<Input> records = read(dir);

        assertThat(records.stream().filter(r -> r instanceof Document).map(Input::id))
                .containsExactly(dir.resolve("4-lines.jsonl") + ":1", dir.resolve("8-good.txt").toString());
        List<Failure> failures = records.stream().filter(r -> r instanceof Failure)
                .map(r -> (Failure) r).toList();
        assertThat(failures).as(failures.toString()).hasSize(9);
        assertThat(failures).extracting(Failure::id).containsExactly(
                dir.resolve("1-latin1.txt").toString(), dir.resolve("2-binary.txt").toString(),
                dir.resolve("3-broken.txt").toString(), dir.resolve("4-lines.jsonl") + ":2",
                dir.resolve("4-lines.jsonl") + ":3", dir.resolve("4-lines.jsonl") + ":4",
                dir.resolve("5-corrupt.zip").toString(), dir.resolve("6-notgzip.txt.gz").toString(),
                failures.get(8).id());
        assertThat(failures.get(0).reason()).contains("not valid UTF-8");
        assertThat(failures.get(1).reason()).contains("binary");
        assertThat(failures.get(2).reason()).contains("no such file");
        assertThat(failures.get(3).reason()).contains("not valid JSON");
        assertThat(failures.get(4).reason()).contains("no text field 'text'");
        assertThat(failures.get(5).reason()).contains("not a JSON object");
        assertThat(failures.get(6).reason()).contains("corrupt");
        assertThat(failures.get(7).reason()).contains("not a gzip file");
        assertThat(failures.get(8).reason()).contains("HTML page with no text");
    }

    @Test
    void globsApplyInsideArchives(@TempDir Path dir) throws IOException {
        zip(dir.resolve("a.zip"), Map.of("x/1.txt", utf8("Satu"), "x/1.ann", utf8("T1"), "y/2.txt", utf8("Dua")));
        List<Input> r;
        try (Stream<Input> s = Inputs.read(List.of(dir.resolve("a.zip")),
                InputOptions.DEFAULTS.withGlobs(List.of("*.txt"), List.of("y/**")))) {
            r = s.toList();
        }
        assertThat(r).extracting(Input::id).containsExactly(dir.resolve("a.zip") + "!x/1.txt");
    }

    @Test
    void tarLinksDevicesAndFifosAreFailuresNamingTheMemberNotEmptyDocuments(@TempDir Path dir) throws IOException {
        Path tar = dir.resolve("a.tar");
        byte[] good = utf8("Presiden Joko Widodo tiba di Bandung.");
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            regular(t, "good.txt", good);
            special(t, "soft.txt", TarArchiveEntry.LF_SYMLINK, "/etc/passwd");
            special(t, "hard.txt", TarArchiveEntry.LF_LINK, "good.txt");
            special(t, "tty.txt", TarArchiveEntry.LF_CHR, "");
            special(t, "disk.txt", TarArchiveEntry.LF_BLK, "");
            special(t, "pipe.txt", TarArchiveEntry.LF_FIFO, "");
        }

        List<Input> records = read(tar);

        assertThat(records).extracting(Input::id).containsExactly(tar + "!good.txt", tar + "!soft.txt",
                tar + "!hard.txt", tar + "!tty.txt", tar + "!disk.txt", tar + "!pipe.txt");
        assertThat(records.get(0)).isEqualTo(Document.of(tar + "!good.txt", "Presiden Joko Widodo tiba di Bandung."));
        assertThat(records.subList(1, 6)).allSatisfy(r -> assertThat(r).isInstanceOf(Failure.class))
                .extracting(r -> ((Failure) r).reason()).containsExactly(
                        tar + "!soft.txt: a symbolic link to /etc/passwd; not read",
                        tar + "!hard.txt: a hard link to good.txt; not read",
                        tar + "!tty.txt: a device; not read",
                        tar + "!disk.txt: a device; not read",
                        tar + "!pipe.txt: a FIFO; not read");
    }

    @Test
    void aMemberWithoutANameIsAFailureNotADocument(@TempDir Path dir) throws IOException {
        Path tar = dir.resolve("a.tar");
        byte[] text = utf8("Joko Widodo tiba.");
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            regular(t, "", text);
        }

        assertThat(read(tar)).singleElement().isInstanceOf(Failure.class)
                .isEqualTo(new Failure(tar + "!", tar + "!: a member without a name; not read"));
    }

    private static void special(TarArchiveOutputStream t, String name, byte type, String link) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, type);
        e.setLinkName(link);
        t.putArchiveEntry(e);
        t.closeArchiveEntry();
    }

    @Test
    void anArchiveOrWarcFileWithNothingToReadIsOneFailureNamingIt(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("a.zip");
        zip(zip, Map.of());
        Path dirsOnly = dir.resolve("b.zip");
        zip(dirsOnly, Map.of("kosong/", new byte[0]));
        Path tar = dir.resolve("c.tar");
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            t.finish();
        }
        Path tgz = dir.resolve("d.tar.gz");
        tarGz(tgz, Map.of());
        Path warc = dir.resolve("e.warc");
        Files.write(warc, new byte[0]);
        Path noHtml = dir.resolve("f.warc");
        try (WarcWriter w = new WarcWriter(Files.newOutputStream(noHtml))) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build();
            w.write(new WarcResponse.Builder("http://contoh.id/a.png").body(MediaType.HTTP_RESPONSE, http).build());
        }

        List<Input> records = read(zip, dirsOnly, tar, tgz, warc, noHtml);

        assertThat(records).allSatisfy(r -> assertThat(r).isInstanceOf(Failure.class)).extracting(Input::id)
                .containsExactly(zip.toString(), dirsOnly.toString(), tar.toString(), tgz.toString(), warc.toString(),
                        noHtml.toString());
        assertThat(records.subList(0, 4)).extracting(r -> ((Failure) r).reason())
                .allSatisfy(reason -> assertThat(reason).contains("no member could be read (empty or corrupt archive)"));
        assertThat(records.subList(4, 6)).extracting(r -> ((Failure) r).reason())
                .allSatisfy(reason -> assertThat(reason).contains("no HTML response in it (empty or not a WARC file)"));
    }

    @Test
    void carriedNumbersKeepTheirExactValue(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"n\":1e400,\"m\":0.1000000000000000000001,"
                + "\"big\":123456789012345678901234567890,\"o\":{\"x\":[2.50,-1e-400]},\"text\":\"Baik.\"}\n");

        Document d = (Document) read(f).get(0);

        // the numbers as written, not as a double holds them ("Infinity", 0.1)
        assertThat(new BigDecimal(d.fields().get("n"))).isEqualByComparingTo("1e400");
        assertThat(new BigDecimal(d.fields().get("m"))).isEqualByComparingTo("0.1000000000000000000001");
        assertThat(d.fields().get("big")).isEqualTo("123456789012345678901234567890");
        List<BigDecimal> nested = new ArrayList<>();
        try (var p = new com.fasterxml.jackson.core.JsonFactory().createParser(d.fields().get("o"))) {
            for (var t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isNumeric()) {
                    nested.add(p.getDecimalValue());
                }
            }
        }
        assertThat(nested).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2.5"), new BigDecimal("-1e-400"));
    }
}
