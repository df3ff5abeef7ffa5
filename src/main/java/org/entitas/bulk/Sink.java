package org.entitas.bulk;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.entitas.TaggedDocument;
import org.entitas.io.OutputFormat;
import org.entitas.io.OutputOptions;

/**
 * Where a bulk run writes: results to the output, failures to the errors file (JSON Lines {@code {"id",
 * "reason"}}) and to standard error, and, when the output is a file, one journal line per document so that the
 * run can be resumed. Every record is flushed as it is written. Not thread-safe: one writing thread.
 */
public final class Sink implements BulkRun.Target, AutoCloseable {

    private final OutputFormat format;
    private final OutputOptions options;
    private final OutputStream out;
    private final CountingOutputStream counted;
    private final Writer outText;
    private final Writer outWriter;
    private final OutputStream errors;
    private final PrintWriter console;
    private final Journal journal;
    private final Map<String, Integer> done;
    private final Path outputFile;
    private long outLength;
    private long earlierDocuments;
    private long earlierFailures;
    private long errLength;

    private Sink(OutputFormat format, OutputOptions options, Path outputFile, OutputStream out, Writer outWriter, OutputStream errors, PrintWriter console,
            Journal journal, Map<String, Integer> done, long outLength, long errLength) {
        this.format = format;
        this.options = options;
        this.outputFile = outputFile;
        this.out = out;
        this.counted = out == null ? null : new CountingOutputStream(out, outLength);
        this.outText = out == null ? null
                : new java.io.BufferedWriter(new java.io.OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16);
        this.outWriter = outWriter;
        this.errors = errors;
        this.console = console;
        this.journal = journal;
        this.done = done;
        this.outLength = outLength;
        this.errLength = errLength;
    }

    /** What a run does with output files that are already there and not empty. */
    public enum Existing {
        /** Refuses to touch them: {@link OutputExistsException}. */
        REFUSE,
        /** Starts them afresh. */
        OVERWRITE,
        /** Continues the run that wrote them, as its journal says. */
        RESUME
    }

    /** An output file is there, not empty, and was not to be overwritten or resumed; nothing was changed. */
    public static final class OutputExistsException extends IOException {
        private final transient Path file;

        OutputExistsException(Path file, long size) {
            super(file + ": already there (" + size + " bytes); not touched");
            this.file = file;
        }

        /** The file that is there. */
        public Path file() {
            return file;
        }
    }

    /**
     * Writes to files, with a journal beside the output ({@code output.journal}) that is locked while the run
     * writes.
     *
     * @param resume continue the run whose journal is there: cut the files back to its last complete record and
     *     skip the documents it lists; without it, the files are started afresh
     * @throws IOException if a file cannot be opened; if another run is writing the same output; or, to resume, if
     *     the output is there without its journal, was written in another format, or does not match the journal
     *     (nothing is changed then)
     */
    public static Sink toFiles(OutputFormat format, OutputOptions options, Path output, Path errorsFile,
            PrintWriter console, boolean resume) throws IOException {
        return toFiles(format, options, output, errorsFile, console, resume ? Existing.RESUME : Existing.OVERWRITE);
    }

    /**
     * Writes to files, with a journal beside the output ({@code output.journal}) that is locked while the run
     * writes.
     *
     * @param existing what to do with an output or errors file that is there and not empty: refuse, start afresh,
     *     or continue the run whose journal is there (cut the files back to its last complete record and skip the
     *     documents it lists)
     * @throws OutputExistsException with {@link Existing#REFUSE}, if the output or errors file is there and not empty
     * @throws IOException if a file cannot be opened; if another run is writing the same output; or, to resume, if
     *     the output is there without its journal, was written in another format, or does not match the journal
     *     (nothing is changed then)
     */
    public static Sink toFiles(OutputFormat format, OutputOptions options, Path output, Path errorsFile,
            PrintWriter console, Existing existing) throws IOException {
        return toFiles(format, options, output, errorsFile, console, existing, "");
    }

    /**
     * Like {@link #toFiles(OutputFormat, OutputOptions, Path, Path, PrintWriter, Existing)}, recording in the
     * journal what the run reads, {@code inputs} (a fingerprint of its input files, see {@link #fingerprint}): a run
     * resumed with other inputs is refused, instead of appending them to the output.
     *
     * @throws IOException also, to resume, if the inputs are not those of the run that wrote the journal, or the
     *     journal's lengths do not end records of the files (nothing is changed then)
     */
    public static Sink toFiles(OutputFormat format, OutputOptions options, Path output, Path errorsFile,
            PrintWriter console, Existing existing, String inputs) throws IOException {
        requireNonNull(inputs, "inputs must not be null");
        requireNonNull(format, "format must not be null");
        requireNonNull(options, "options must not be null");
        requireNonNull(output, "output must not be null");
        requireNonNull(errorsFile, "errorsFile must not be null");
        requireNonNull(console, "console must not be null");
        requireNonNull(existing, "existing must not be null");
        boolean resume = existing == Existing.RESUME;
        Journal journal = Journal.lock(output);
        try {
            if (existing == Existing.REFUSE) {
                refuseExisting(output);
                refuseExisting(errorsFile);
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
            Sink sink = new Sink(format, options, output, out, null, err, console, journal, state.done(),
                    append ? state.outputLength() : 0, append ? state.errorsLength() : 0);
            sink.earlierDocuments = append ? state.lines() : 0;
            sink.earlierFailures = append ? state.failed() : 0;
            if (!append) {
                sink.writeOut(format.header());
            }
            return sink;
        } catch (IOException | RuntimeException e) {
            journal.close();
            if (e instanceof OutputExistsException && !journal.existed()) {
                Files.deleteIfExists(Journal.of(output));
            }
            throw e;
        }
    }

    private static void refuseExisting(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            throw new OutputExistsException(file, Files.size(file));
        }
    }

    /**
     * A fingerprint of the files a run reads, in order, for the journal: the SHA-256 of their absolute paths.
     */
    public static String fingerprint(java.util.List<Path> files) {
        requireNonNull(files, "files must not be null");
        var hasher = com.google.common.hash.Hashing.sha256().newHasher();
        for (Path f : files) {
            hasher.putString(f.toString().equals("-") ? "-" : f.toAbsolutePath().normalize().toString(),
                    StandardCharsets.UTF_8).putByte((byte) 0);
        }
        return hasher.hash().toString();
    }

    /**
     * The documents the journal of a resumed run lists that this run has not met (yet): after the run, ids of the
     * earlier run that no input held, with how many times each.
     */
    public Map<String, Integer> unmatched() {
        return Map.copyOf(done);
    }

    /** Where the journal of an output file lives ({@code OUTPUT.journal}). */
    public static Path journalOf(Path output) {
        return Journal.of(requireNonNull(output, "output must not be null"));
    }

    /** Writes results to {@code out} and failures to {@code console} only; such a run cannot be resumed. */
    public static Sink toWriter(OutputFormat format, OutputOptions options, Writer out, PrintWriter console)
            throws IOException {
        requireNonNull(format, "format must not be null");
        requireNonNull(options, "options must not be null");
        requireNonNull(out, "out must not be null");
        requireNonNull(console, "console must not be null");
        Sink sink = new Sink(format, options, null, null, out, null, console, null, new HashMap<>(), 0, 0);
        sink.writeOut(format.header());
        return sink;
    }

    /**
     * Writes results to {@code out}, and failures to {@code console} and to the errors file; such a run cannot be
     * resumed.
     *
     * @param existing what to do with an errors file that is there and not empty: refuse, or start it afresh
     * @throws OutputExistsException with {@link Existing#REFUSE}, if the errors file is there and not empty
     * @throws IllegalArgumentException with {@link Existing#RESUME}
     * @throws IOException if the errors file cannot be opened
     */
    public static Sink toWriter(OutputFormat format, OutputOptions options, Writer out, PrintWriter console,
            Path errorsFile, Existing existing) throws IOException {
        requireNonNull(format, "format must not be null");
        requireNonNull(options, "options must not be null");
        requireNonNull(out, "out must not be null");
        requireNonNull(console, "console must not be null");
        requireNonNull(errorsFile, "errorsFile must not be null");
        requireNonNull(existing, "existing must not be null");
        if (existing == Existing.RESUME) {
            throw new IllegalArgumentException("only an output file can be resumed, not a writer");
        }
        if (existing == Existing.REFUSE) {
            refuseExisting(errorsFile);
        }
        OutputStream errors = new BufferedOutputStream(Files.newOutputStream(errorsFile));
        Sink sink = new Sink(format, options, null, null, out, errors, console, null, new HashMap<>(), 0, 0);
        try {
            sink.writeOut(format.header());
        } catch (IOException | RuntimeException e) {
            errors.close();
            throw e;
        }
        return sink;
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

    /** Why the output format cannot hold a document ({@link OutputFormat#refusal}), or empty. */
    @Override
    public java.util.Optional<String> refusal(TaggedDocument tagged) {
        return format.refusal(tagged);
    }

    /** Writes one tagged document. */
    @Override
    public void result(TaggedDocument tagged) throws IOException {
        if (out != null) {
            write(tagged, outText);
            outText.flush();
            outLength = counted.count();
        } else {
            write(tagged, outWriter);
            flushWriter();
        }
        if (journal != null) {
            journal.done(tagged.id(), outLength, errLength);
        }
    }

    private void write(TaggedDocument tagged, Writer to) throws IOException {
        format.write(tagged, to, options);
    }

    /** Records one failed document. */
    @Override
    public void failure(String id, String reason) throws IOException {
        report(console, id, reason);
        if (errors != null) {
            byte[] line = FlatJson.line("id", id, "reason", reason);
            errors.write(line);
            errors.flush();
            errLength += line.length;
        }
        if (journal != null) {
            journal.done(id, outLength, errLength);
        }
    }

    /** Reports a failed document on the console: {@code entitas: failed ID: REASON}. */
    public static void report(PrintWriter console, String id, String reason) {
        console.println("entitas: failed " + (reason.startsWith(id) ? reason : id + ": " + reason));
        console.flush();
    }

    private void writeOut(String chunk) throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        if (out != null) {
            outText.write(chunk);
            outText.flush();
            outLength = counted.count();
        } else {
            outWriter.write(chunk);
            flushWriter();
        }
    }

    /** Flushes the output writer; a {@link PrintWriter}, which hides its errors, is asked whether it failed. */
    private void flushWriter() throws IOException {
        outWriter.flush();
        if (outWriter instanceof PrintWriter p && p.checkError()) {
            throw new IOException("could not write the output (closed or full)");
        }
    }

    /** Counts the bytes that reach the file, so that the journal knows where each record ends. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
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

    /** The documents that the resumed runs before this one did (0 unless resuming). */
    public long earlierDocuments() {
        return earlierDocuments;
    }

    /** How many of {@link #earlierDocuments()} failed. */
    public long earlierFailures() {
        return earlierFailures;
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
                if (out != null) {
                    try {
                        outText.close();
                    } finally {
                        if (counted.count() > outLength) {
                            Journal.truncate(outputFile, outLength);
                        }
                    }
                } else {
                    flushWriter();
                }
            } finally {
                if (errors != null) {
                    errors.close();
                }
            }
        } finally {
            if (journal != null) {
                journal.close();
            }
        }
    }
}
