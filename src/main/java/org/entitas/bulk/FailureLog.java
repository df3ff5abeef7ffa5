package org.entitas.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Where a sink records failed documents: always on the console ({@link Sink#report}), and in an errors file of JSON
 * Lines {@code {"id", "reason"}} when there is one, each record flushed. Not thread-safe: one writing thread.
 */
final class FailureLog implements Closeable {

    private final PrintWriter console;
    private final Optional<OutputStream> file;
    private long length;

    /**
     * @param file the errors file, opened for writing
     * @param length the bytes already in it (when resuming)
     */
    FailureLog(PrintWriter console, Optional<OutputStream> file, long length) {
        this.console = console;
        this.file = file;
        this.length = length;
    }

    /** A log on the console alone. */
    static FailureLog consoleOnly(PrintWriter console) {
        return new FailureLog(console, Optional.empty(), 0);
    }

    /** Records one failed document. */
    void record(String id, String reason) throws IOException {
        Sink.report(console, id, reason);
        if (file.isPresent()) {
            byte[] line = FlatJson.line("id", id, "reason", reason);
            file.get().write(line);
            file.get().flush();
            length += line.length;
        }
    }

    /** The length of the errors file, in bytes: where its last whole record ends. */
    long length() {
        return length;
    }

    @Override
    public void close() throws IOException {
        if (file.isPresent()) {
            file.get().close();
        }
    }
}
