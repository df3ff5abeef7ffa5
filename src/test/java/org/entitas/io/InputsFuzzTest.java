package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.entitas.Document;
import org.entitas.Failure;
import org.entitas.Input;
import org.entitas.TokenizedDocument;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;

/**
 * Fuzz tests of the readers of bulk tagging: the fuzz data is written to a file of the kind under test and read with
 * {@link Inputs}. Whatever the bytes, reading ends (within the timeout), throws nothing (no exception, no
 * OutOfMemoryError), and every input becomes a {@link Document} or a {@link Failure}; each target adds what its
 * format promises. Seeds in {@code InputsFuzzTestInputs/<method>/}, each a file of that kind.
 */
@Timeout(120)
class InputsFuzzTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    static Path dir;

    private static Path file(String name, byte[] data) throws IOException {
        return Files.write(dir.resolve(name), data);
    }

    /**
     * Read limits far smaller than the defaults (256 KiB documents and lines, 512 KiB members, inflation twice, so
     * 2 MiB for any input the fuzzer makes): a bomb then fails after some hundred KiB of inflating instead of 200 MiB.
     * Under the fuzzer's instrumentation every byte read costs, and with 4 MiB documents and 16 times inflation an
     * input of the zip or gzip target took up to 98 s (35 executions in a 10-minute run). What happens past a limit
     * does not depend on its size; {@code FaultTest} runs the defaults' sizes.
     */
    private static final InputOptions OPTIONS = InputOptions.DEFAULTS.withLimits(
            new ReadLimits(256L << 10, 256L << 10, 512L << 10, 2));

    /**
     * Every input of the file, each a document (of text, or of tokens from CoNLL, which an archive member named
     * {@code .conll} holds) or a failure, with a non-blank id and reason.
     */
    private static List<Input> read(Path file) throws IOException {
        List<Input> out;
        try (Stream<Input> s = Inputs.read(List.of(file), OPTIONS)) {
            out = s.toList();
        }
        for (Input in : out) {
            assertThat(in).isInstanceOfAny(Document.class, TokenizedDocument.class, Failure.class);
            assertThat(in.id()).isNotBlank();
            if (in instanceof Failure f) {
                assertThat(f.reason()).isNotBlank();
            }
        }
        return out;
    }

    /** The bytes as strict UTF-8, or empty if they are not. */
    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWithBom(byte[] data) {
        return data.length >= 3 && Arrays.equals(data, 0, 3, BOM, 0, 3);
    }

    /**
     * A text file is one input with its path as id: the document of its text (a leading byte order mark read as a
     * space, so that offsets count it as every UTF-8 reader of the file does) when it is UTF-8 without NUL bytes, a
     * failure otherwise.
     */
    @FuzzTest(maxDuration = "10m")
    void text(byte[] data) throws IOException {
        Path f = file("in.txt", data);
        List<Input> out = read(f);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).id()).isEqualTo(f.toString());
        Optional<String> text = utf8(data);
        boolean nul = false;
        for (byte b : data) {
            nul |= b == 0;
        }
        if (text.isPresent() && !nul) {
            String expected = text.get().startsWith("\uFEFF") ? " " + text.get().substring(1) : text.get();
            assertThat(out.get(0)).isEqualTo(Document.of(f.toString(), expected));
        } else {
            assertThat(out.get(0)).isInstanceOf(Failure.class);
        }
    }

    /** A gzip file is one input with its path as id, whatever its content: a truncated or bomb file included. */
    @FuzzTest(maxDuration = "10m")
    void gzip(byte[] data) throws IOException {
        Path f = file("in.txt.gz", data);
        List<Input> out = read(f);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).id()).isEqualTo(f.toString());
    }

    /**
     * JSON Lines: nothing is lost. Each line (ended by {@code \n}, as JSON Lines defines it: a lone {@code \r}
     * ends none) that on its own is UTF-8 and a JSON object with a string {@code text} and a non-blank string
     * {@code id} (each once), and no lone surrogate outside the text, becomes that document,
     * whatever the other lines hold (invalid UTF-8 included), a byte order mark before the first line is no part of
     * it, and no line gives more than one input. A line with a lone surrogate in its id or in a carried field is a
     * failure.
     */
    @FuzzTest(maxDuration = "10m")
    void jsonLines(byte[] data) throws IOException {
        Path f = file("in.jsonl", data);
        List<Input> out = read(f);
        List<Document> expected = new ArrayList<>();
        byte[] body = startsWithBom(data) ? Arrays.copyOfRange(data, 3, data.length) : data;
        int lines = 0;
        for (byte[] line : lines(body)) {
            lines++;
            utf8(line).flatMap(InputsFuzzTest::record).ifPresent(expected::add);
        }
        assertThat(out.size()).isLessThanOrEqualTo(lines);
        List<Document> documents = new ArrayList<>();
        out.stream().filter(Document.class::isInstance).map(Document.class::cast)
                .map(d -> Document.of(d.id(), d.text())).forEach(documents::add);
        for (Document d : expected) {
            assertThat(documents).as("the documents read from %s", f).contains(d);
            documents.remove(d);
        }
    }

    /**
     * The lines of the bytes as JSON Lines defines them: each ends at {@code \n}, a {@code \r} just before it is
     * no part of the line (a {@code \r} elsewhere is, as JSON reads it as white space between values).
     */
    private static List<byte[]> lines(byte[] data) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= data.length; i++) {
            if (i == data.length ? start < data.length : data[i] == '\n') {
                int end = i > start && data[i - 1] == '\r' ? i - 1 : i;
                out.add(Arrays.copyOfRange(data, start, end));
                start = i + 1;
            }
        }
        return out;
    }

    /** A field given twice makes a line no record (the reader refuses it). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * The document of a line holding one JSON object with one string text and one non-blank string id, no field
     * given twice, and no lone surrogate but in the text.
     */
    private static Optional<Document> record(String line) {
        String id = null;
        String text = null;
        int ids = 0;
        int texts = 0;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("id")) {
                    ids++;
                    id = value == JsonToken.VALUE_STRING ? p.getText() : null;
                } else if (name.equals("text")) {
                    texts++;
                    text = value == JsonToken.VALUE_STRING ? p.getText() : null;
                } else if (loneSurrogateIn(p) || LoneSurrogates.indexIn(name) >= 0) {
                    return Optional.empty();
                }
                p.skipChildren();
            }
            if (p.nextToken() != null) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (ids != 1 || texts != 1 || id == null || id.isBlank() || text == null || LoneSurrogates.indexIn(id) >= 0) {
            return Optional.empty();
        }
        return Optional.of(Document.of(id, text));
    }

    /** Whether the value the parser is at (a string, an array or an object) holds a lone surrogate; reads it. */
    private static boolean loneSurrogateIn(JsonParser p) throws IOException {
        int depth = 0;
        boolean found = false;
        JsonToken t = p.currentToken();
        while (true) {
            if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                found |= LoneSurrogates.indexIn(t == JsonToken.FIELD_NAME ? p.currentName() : p.getText()) >= 0;
            } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            }
            if (depth == 0) {
                return found;
            }
            t = p.nextToken();
        }
    }

    /**
     * A corrupt or empty zip file is a failure; when the JDK lists its entries, each file entry of plain text is
     * read as {@code zip!name} (a document or a failure). A zip bomb ends as a failure, not an OutOfMemoryError.
     */
    @FuzzTest(maxDuration = "10m")
    void zip(byte[] data) throws IOException {
        Path f = file("in.zip", data);
        List<Input> out = read(f);
        Set<String> names = new TreeSet<>();
        if (!listed(() -> {
            try (ZipFile z = new ZipFile(f.toFile())) {
                for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (!entry.isDirectory()) {
                        names.add(entry.getName());
                    }
                }
            }
        })) {
            assertThat(out).as("inputs of a corrupt zip").isNotEmpty();
            return;
        }
        assertMembersRead(f, names, out);
    }

    /** A way to list an archive's members. */
    private interface Listing {
        void run() throws IOException;
    }

    /** Whether the listing went through; an archive that another library cannot list either promises nothing. */
    private static boolean listed(Listing listing) {
        try {
            listing.run();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A corrupt or empty tar file is a failure; when commons-compress lists its entries, each entry that is not a
     * directory and is named as plain text ends as an input {@code tar!name}: a document, or a failure saying why
     * it is not read; a symbolic or hard link, a device or a FIFO is such a failure, never a document, and so is a
     * member without a name. (A name that a regular member has too may give a document.)
     */
    @FuzzTest(maxDuration = "10m")
    void tar(byte[] data) throws IOException {
        Path f = file("in.tar", data);
        List<Input> out = read(f);
        Set<String> names = new TreeSet<>();
        Set<String> special = new TreeSet<>();
        Set<String> regular = new TreeSet<>();
        if (!listed(() -> {
            try (TarArchiveInputStream t = new TarArchiveInputStream(new ByteArrayInputStream(data))) {
                for (TarArchiveEntry e = t.getNextEntry(); e != null; e = t.getNextEntry()) {
                    if (!e.isDirectory()) {
                        names.add(e.getName());
                    }
                    if (e.getName().isEmpty() || e.isSymbolicLink() || e.isLink() || e.isCharacterDevice()
                            || e.isBlockDevice() || e.isFIFO()) {
                        special.add(e.getName());
                    } else if (!e.isDirectory()) {
                        regular.add(e.getName());
                    }
                }
            }
        })) {
            assertThat(out).as("inputs of a corrupt tar").isNotEmpty();
            return;
        }
        assertMembersRead(f, names, out);
        for (Input in : out) {
            String name = in.id().substring(Math.min(in.id().length(), f.toString().length() + 1));
            if (special.contains(name) && !regular.contains(name)) {
                assertThat(in).as("a link, device, FIFO or nameless member is not text").isInstanceOf(Failure.class);
            }
        }
    }

    /**
     * Each member named as plain text is an input; an archive without members is a failure (one of JSON Lines
     * members that hold no record gives nothing, as such a file does outside an archive).
     */
    private static void assertMembersRead(Path archive, Set<String> names, List<Input> out) {
        if (names.isEmpty()) {
            assertThat(out).as("inputs of an archive without members").isNotEmpty();
        }
        Set<String> ids = new TreeSet<>();
        out.forEach(in -> ids.add(in.id()));
        for (String name : names) {
            if (Inputs.kind(name) == Inputs.Kind.TEXT) {
                assertThat(ids).as("inputs of %s", archive).contains(archive + "!" + name);
            }
        }
    }

    /**
     * A WARC file is read to its end without an exception (a malformed WARC-Record-ID included); one that gives no
     * input at all, an empty file for one, must at least hold a record.
     */
    @FuzzTest(maxDuration = "10m")
    void warc(byte[] data) throws IOException {
        Path f = file("in.warc", data);
        List<Input> out = read(f);
        if (out.isEmpty()) {
            assertThat(records(f)).as("records of a WARC file that gave no input").isPositive();
        }
    }

    /** The records jwarc reads before the end or the first error. */
    private static int records(Path f) {
        int n = 0;
        try (WarcReader r = new WarcReader(f)) {
            r.setLenient(true);
            while (r.next().isPresent()) {
                n++;
            }
        } catch (IOException | RuntimeException e) {
            // the records read so far
        }
        return n;
    }

    /**
     * CoNLL: {@link Inputs#readConll} gives tokenized documents or one failure naming the file, and
     * {@link ConllReader} with tags fails only with an IOException.
     */
    @FuzzTest(maxDuration = "10m")
    void conll(byte[] data) throws IOException {
        Path f = file("in.conll", data);
        List<Input> out;
        try (Stream<Input> s = Inputs.readConll(List.of(f))) {
            out = s.toList();
        }
        for (Input in : out) {
            assertThat(in).isInstanceOfAny(TokenizedDocument.class, Failure.class);
            assertThat(in.id()).startsWith(f.toString());
        }
        try (ConllReader r = new ConllReader(new StringReader(new String(data, StandardCharsets.UTF_8)), "in", true)) {
            for (Optional<ConllDocument> d = r.next(); d.isPresent(); d = r.next()) {
                assertThat(d.get().tags()).hasSameSizeAs(d.get().tokens());
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).startsWith("in");
        }
    }
}
