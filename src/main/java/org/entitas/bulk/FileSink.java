package org.entitas.bulk;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entitas.TaggedDocument;
import org.entitas.io.OutputFormat;
import org.entitas.io.OutputOptions;

/**
 * A resumable sink: results to the output file, failures to the errors file and the console, and one journal line
 * per document beside the output, so that a run stopped half-way continues after its last whole record. Every
 * record is flushed as it is written. Not thread-safe: one writing thread.
 */
final class FileSink implements Sink {

    private final OutputFormat format;
    private final OutputOptions options;
    private final Path output;
    private final CountingOutputStream counted;
    private final Writer text;
    private final FailureLog failures;
    private final Journal journal;
    private final Map<String, Integer> done;
    private final Journal.State resumed;
    private long outLength;

    /**
     * @param out the output file, opened for writing after what {@code resumed} holds
     * @param resumed what the earlier runs wrote (empty when starting afresh)
     */
    private FileSink(OutputFormat format, OutputOptions options, Path output, OutputStream out, FailureLog failures,
            Journal journal, Journal.State resumed) {
        this.format = format;
        this.options = options;
        this.output = output;
        this.counted = new CountingOutputStream(out, resumed.outputLength());
        this.text = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16);
        this.failures = failures;
        this.journal = journal;
        this.resumed = resumed;
        this.done = resumed.done();
        this.outLength = resumed.outputLength();
    }

    /** See {@link Sink#toFiles(OutputFormat, OutputOptions, Path, Path, PrintWriter, Sink.Existing, String)}. */
    static FileSink open(OutputFormat format, OutputOptions options, Path output, Path errorsFile,
            PrintWriter console, Sink.Existing existing, String inputs) throws IOException {
        boolean resume = existing == Sink.Existing.RESUME;
        Journal journal = Journal.lock(output);
        try {
            if (existing == Sink.Existing.REFUSE) {
                Sink.OutputExistsException.refuse(output);
                Sink.OutputExistsException.refuse(errorsFile);
            }
            Journal.State state = Journal.State.empty();
            if (resume) {
                if (!journal.existed() && Files.exists(output) && Files.size(output) > 0) {
                    throw new IOException(output + ": cannot resume, there is no journal " + Journal.of(output)
                            + " saying what was done; not touched");
                }
                state = journal.read();
                if (!state.format().isEmpty() && !state.format().equals(format.name().toLowerCase(Locale.ROOT))) {
                    throw new IOException(output + ": cannot resume with --format "
                            + format.name().toLowerCase(Locale.ROOT) + ", it was written as " + state.format()
                            + "; not touched");
                }
                if (!state.inputs().isEmpty() && !inputs.isEmpty() && !state.inputs().equals(inputs)) {
                    throw new IOException(output + ": cannot resume with other inputs than those of the run that"
                            + " wrote it (its journal " + Journal.of(output) + " records another set); not touched");
                }
                Journal.checkRecordEnd(output, state.outputLength());
                Journal.checkRecordEnd(errorsFile, state.errorsLength());
            }
            boolean append = resume && state.lines() > 0;
            if (append) {
                Journal.truncate(output, state.outputLength());
                Journal.truncate(errorsFile, state.errorsLength());
            }
            OutputStream out = new BufferedOutputStream(append
                    ? Files.newOutputStream(output, StandardOpenOption.APPEND) : Files.newOutputStream(output));
            OutputStream err;
            try {
                err = new BufferedOutputStream(append
                        ? Files.newOutputStream(errorsFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                        : Files.newOutputStream(errorsFile));
            } catch (IOException | RuntimeException e) {
                out.close();
                throw e;
            }
            journal.start(append ? state : null, format.name().toLowerCase(Locale.ROOT), inputs);
            Journal.State resumed = append ? state : Journal.State.empty();
            FileSink sink = new FileSink(format, options, output, out,
                    new FailureLog(console, Optional.of(err), resumed.errorsLength()), journal, resumed);
            if (!append) {
                sink.write(format.header());
            }
            return sink;
        } catch (IOException | RuntimeException e) {
            journal.close();
            if (e instanceof Sink.OutputExistsException && !journal.existed()) {
                Files.deleteIfExists(Journal.of(output));
            }
            throw e;
        }
    }

    /** Whether an earlier run (being resumed) already did a document with this id; each id is taken once. */
    @Override
    public boolean alreadyDone(String id) {
        Integer n = done.get(id);
        if (n == null) {
            return false;
        }
        if (n == 1) {
            done.remove(id);
        } else {
            done.put(id, n - 1);
        }
        return true;
    }

    @Override
    public Optional<String> refusal(TaggedDocument tagged) {
        return format.refusal(tagged);
    }

    @Override
    public void result(TaggedDocument tagged) throws IOException {
        format.write(tagged, text, options);
        text.flush();
        outLength = counted.count();
        journal.done(tagged.id(), outLength, failures.length());
    }

    @Override
    public void failure(String id, String reason) throws IOException {
        failures.record(id, reason);
        journal.done(id, outLength, failures.length());
    }

    private void write(String chunk) throws IOException {
        if (!chunk.isEmpty()) {
            text.write(chunk);
            text.flush();
            outLength = counted.count();
        }
    }

    @Override
    public Map<String, Integer> unmatched() {
        return Map.copyOf(done);
    }

    @Override
    public long earlierDocuments() {
        return resumed.lines();
    }

    @Override
    public long earlierFailures() {
        return resumed.failed();
    }

    /**
     * Closes the files; if a record was being written when the run stopped (an error, out of memory), the output is
     * cut back to the end of the last whole record, so that it is valid and {@code --resume} continues after it.
     * The journal's lock is released last.
     */
    @Override
    public void close() throws IOException {
        try {
            try {
                try {
                    text.close();
                } finally {
                    if (counted.count() > outLength) {
                        Journal.truncate(output, outLength);
                    }
                }
            } finally {
                failures.close();
            }
        } finally {
            journal.close();
        }
    }

    /** Counts the bytes that reach the file, so that the journal knows where each record ends. */
    private static final class CountingOutputStream extends FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out, long start) {
            super(out);
            this.count = start;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }

}
