package org.entitas.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The record of a bulk run that makes it resumable: a first line naming the output format, then one line per
 * finished document, written after the document's output, giving its id and the lengths of the output and errors
 * files once it was written. A run killed at any moment is resumed by cutting both files back to the lengths of the
 * journal's last complete line and skipping the documents it lists, so that nothing is written twice or skipped.
 *
 * <p>While a run writes, it holds an exclusive lock on the journal ({@link FileChannel#tryLock()}), so that a second
 * run on the same output (in this or another process) is refused instead of interleaving its records. Not
 * thread-safe.
 */
final class Journal implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean existed;
    private OutputStream out;

    private Journal(Path file, FileChannel channel, FileLock lock, boolean existed) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.existed = existed;
    }

    /** Where the journal of an output file lives. */
    static Path of(Path output) {
        return output.resolveSibling(output.getFileName() + ".journal");
    }

    /**
     * What an earlier run finished: the ids it did (with multiplicity), the file lengths to keep, the number of
     * documents and of failures among them, the format it wrote ({@code ""} if its journal is older than format
     * lines), the length of the journal's complete lines, and the fingerprint of the inputs it read ({@code ""} if
     * its journal is older than that).
     */
    record State(Map<String, Integer> done, long outputLength, long errorsLength, int lines, long length,
            int failed, String format, String inputs) {

        static State empty() {
            return new State(new HashMap<>(), 0, 0, 0, 0, 0, "", "");
        }
    }

    /**
     * Opens and locks the journal of {@code output} (creating it if needed, without changing it yet).
     *
     * @throws IOException if another run holds the lock, or the file cannot be opened
     */
    static Journal lock(Path output) throws IOException {
        Path file = of(output);
        boolean existed = Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException(output + ": another run is writing it (its journal " + file
                    + " is locked); not touched");
        }
        return new Journal(file, channel, lock, existed);
    }

    /** Whether the journal was there before {@link #lock} (a run to resume). */
    boolean existed() {
        return existed;
    }

    /** Reads this locked journal; see {@link #read(Path)}. */
    State read() throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException(file + ": journal too large to read (" + size + " bytes)");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        channel.position(0);
        while (buf.hasRemaining() && channel.read(buf) >= 0) {
            // read it all
        }
        return parse(file, buf.array());
    }

    /**
     * Reads a journal; a cut last line (the run was killed while writing it) is ignored.
     *
     * @throws IOException if a complete line is not a journal line (the message names file and line)
     */
    static State read(Path journal) throws IOException {
        return Files.exists(journal) ? parse(journal, Files.readAllBytes(journal)) : State.empty();
    }

    private static State parse(Path journal, byte[] bytes) throws IOException {
        Map<String, Integer> done = new HashMap<>();
        long out = 0;
        long err = 0;
        int lines = 0;
        int documents = 0;
        int failed = 0;
        String format = "";
        String inputs = "";
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        try (BufferedReader r = new BufferedReader(new StringReader(
                new String(bytes, 0, end, StandardCharsets.UTF_8)))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines++;
                String id = null;
                String lineFormat = null;
                String lineInputs = null;
                long o = -1;
                long e = -1;
                try (JsonParser p = JSON.createParser(line)) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        throw new IOException("not an object");
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        switch (name) {
                            case "id": id = p.getText(); break;
                            case "out": o = p.getLongValue(); break;
                            case "err": e = p.getLongValue(); break;
                            case "format": lineFormat = p.getText(); break;
                            case "inputs": lineInputs = p.getText(); break;
                            default: p.skipChildren();
                        }
                    }
                } catch (IOException ex) {
                    throw new IOException(journal + ", line " + lines + ": not a journal line: " + ex.getMessage(), ex);
                }
                if (lines == 1 && lineFormat != null && id == null) {
                    format = lineFormat;
                    inputs = lineInputs == null ? "" : lineInputs;
                    continue;
                }
                if (id == null || o < 0 || e < 0) {
                    throw new IOException(journal + ", line " + lines + ": journal line lacks id, out or err");
                }
                if (o < out || e < err) {
                    // each document only adds to the files: a length that goes back is a changed journal, and
                    // cutting the files to it would lose what came after
                    throw new IOException(journal + ", line " + lines + ": the " + (o < out ? "output" : "errors file")
                            + " length goes back (" + (o < out ? out + " to " + o : err + " to " + e)
                            + " bytes): the journal was changed since the run wrote it");
                }
                done.merge(id, 1, Integer::sum);
                documents++;
                if (e > err) {
                    failed++;
                }
                out = o;
                err = e;
            }
        }
        return new State(done, out, err, documents, end, failed, format, inputs);
    }

    /** Cuts a file back to {@code length} bytes (the end of its last complete record). */
    static void truncate(Path file, long length) throws IOException {
        if (!Files.exists(file)) {
            if (length > 0) {
                throw new IOException(file + ": missing, but the journal says " + length + " bytes were written");
            }
            return;
        }
        if (Files.size(file) < length) {
            throw new IOException(file + ": " + Files.size(file) + " bytes, but the journal says " + length
                    + " were written; it was changed since");
        }
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.truncate(length);
        }
    }

    /**
     * Starts writing: afresh, with a first line naming {@code format}, or, to resume, after the complete lines
     * that {@link #read()} found (a line cut by a kill is dropped).
     */
    void start(State resumed, String format, String inputs) throws IOException {
        channel.truncate(resumed == null ? 0 : resumed.length());
        channel.position(channel.size());
        out = Channels.newOutputStream(channel);
        if (resumed == null) {
            out.write(inputs.isEmpty() ? FlatJson.line("format", format) : FlatJson.line("format", format, "inputs",
                    inputs));
            out.flush();
        }
    }

    /**
     * Checks that {@code length} bytes of {@code file} end a record (a line break), as every length a journal
     * records does.
     *
     * @throws IOException naming the file and the length, if they do not
     */
    static void checkRecordEnd(Path file, long length) throws IOException {
        if (length == 0 || !Files.exists(file) || Files.size(file) < length) {
            return;
        }
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            c.read(last, length - 1);
            if (last.get(0) != '\n') {
                throw new IOException(file + ": the journal says a record ends after " + length
                        + " bytes, but none does there: the journal does not match the file (changed since?)");
            }
        }
    }

    /** Records that a document is done and the output and errors files' lengths after it. */
    void done(String id, long outputLength, long errorsLength) throws IOException {
        out.write(FlatJson.line("id", id, "out", outputLength, "err", errorsLength));
        out.flush();
    }

    /** Releases the lock and closes the journal. */
    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
