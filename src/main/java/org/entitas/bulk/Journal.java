package org.entitas.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The record of a bulk run that makes it resumable: one line per finished document, written after the
 * document's output, giving its id and the lengths of the output and errors files once it was written. A run
 * killed at any moment is resumed by cutting both files back to the lengths of the journal's last complete
 * line and skipping the documents it lists, so that nothing is written twice or skipped. Not thread-safe.
 */
final class Journal implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final OutputStream out;

    private Journal(OutputStream out) {
        this.out = out;
    }

    /** Where the journal of an output file lives. */
    static Path of(Path output) {
        return output.resolveSibling(output.getFileName() + ".journal");
    }

    /** What an earlier run finished: the ids it did (with multiplicity) and the file lengths to keep. */
    record State(Map<String, Integer> done, long outputLength, long errorsLength, int lines, long length) {
    }

    /**
     * Reads a journal; a cut last line (the run was killed while writing it) is ignored.
     *
     * @throws IOException if a complete line is not a journal line (the message names file and line)
     */
    static State read(Path journal) throws IOException {
        Map<String, Integer> done = new HashMap<>();
        long out = 0;
        long err = 0;
        int lines = 0;
        if (!Files.exists(journal)) {
            return new State(done, 0, 0, 0, 0);
        }
        byte[] bytes = Files.readAllBytes(journal);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(
                new String(bytes, 0, end, StandardCharsets.UTF_8)))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines++;
                String id = null;
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
                            default: p.skipChildren();
                        }
                    }
                } catch (IOException ex) {
                    throw new IOException(journal + ", line " + lines + ": not a journal line: " + ex.getMessage(), ex);
                }
                if (id == null || o < 0 || e < 0) {
                    throw new IOException(journal + ", line " + lines + ": journal line lacks id, out or err");
                }
                done.merge(id, 1, Integer::sum);
                out = o;
                err = e;
            }
        }
        return new State(done, out, err, lines, end);
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
     * Opens a journal: afresh, or, to resume, cut back to the complete lines that {@link #read} found (a line
     * cut by a kill is dropped) and appended to.
     */
    static Journal open(Path journal, State resumed) throws IOException {
        if (resumed == null) {
            return new Journal(Files.newOutputStream(journal));
        }
        truncate(journal, resumed.length());
        return new Journal(Files.newOutputStream(journal, StandardOpenOption.APPEND));
    }

    /** Records that a document is done and the output and errors files' lengths after it. */
    void done(String id, long outputLength, long errorsLength) throws IOException {
        out.write(FlatJson.line("id", id, "out", outputLength, "err", errorsLength));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
