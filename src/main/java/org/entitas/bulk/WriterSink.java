package org.entitas.bulk;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;
import org.entitas.TaggedDocument;
import org.entitas.io.OutputFormat;
import org.entitas.io.OutputOptions;

/**
 * A sink writing results to a writer (standard output, say) and failures to a {@link FailureLog}; such a run cannot
 * be resumed. Every record is flushed as it is written. Not thread-safe: one writing thread.
 */
final class WriterSink implements Sink {

    private final OutputFormat format;
    private final OutputOptions options;
    private final Writer out;
    private final FailureLog failures;

    private WriterSink(OutputFormat format, OutputOptions options, Writer out, FailureLog failures) {
        this.format = format;
        this.options = options;
        this.out = out;
        this.failures = failures;
    }

    /** Opens the sink: the format's header is written at once; on failure the log is closed. */
    static WriterSink open(OutputFormat format, OutputOptions options, Writer out, FailureLog failures)
            throws IOException {
        WriterSink sink = new WriterSink(format, options, out, failures);
        try {
            if (!format.header().isEmpty()) {
                out.write(format.header());
                sink.flush();
            }
        } catch (IOException | RuntimeException e) {
            failures.close();
            throw e;
        }
        return sink;
    }

    @Override
    public Optional<String> refusal(TaggedDocument tagged) {
        return format.refusal(tagged);
    }

    @Override
    public void result(TaggedDocument tagged) throws IOException {
        format.write(tagged, out, options);
        flush();
    }

    @Override
    public void failure(String id, String reason) throws IOException {
        failures.record(id, reason);
    }

    /** Flushes the writer; a {@link PrintWriter}, which hides its errors, is asked whether it failed. */
    private void flush() throws IOException {
        out.flush();
        if (out instanceof PrintWriter p && p.checkError()) {
            throw new IOException("could not write the output (closed or full)");
        }
    }

    /** Flushes the output (the writer stays open: it is the caller's) and closes the errors file. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            failures.close();
        }
    }
}
