package org.entitas.bulk;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entitas.io.OutputFormat;
import org.entitas.io.OutputOptions;

/**
 * Where a bulk run writes: results to the output, failures to standard error and to the errors file (JSON Lines
 * {@code {"id", "reason"}}) when there is one. Two kinds: a resumable sink writing files
 * ({@link #toFiles}), with a journal beside the output saying what was done; and a sink writing to a writer
 * ({@link #toWriter}), which cannot be resumed. Every record is flushed as it is written. Not thread-safe: one
 * writing thread.
 */
public sealed interface Sink extends BulkRun.Target, AutoCloseable permits FileSink, WriterSink {

    /** What a run does with output files that are already there and not empty. */
    enum Existing {
        /** Refuses to touch them: {@link OutputExistsException}. */
        REFUSE,
        /** Starts them afresh. */
        OVERWRITE,
        /** Continues the run that wrote them, as its journal says. */
        RESUME
    }

    /** An output file is there, not empty, and was not to be overwritten or resumed; nothing was changed. */
    final class OutputExistsException extends IOException {
        private final transient Path file;

        OutputExistsException(Path file, long size) {
            super(file + ": already there (" + size + " bytes); not touched");
            this.file = file;
        }

        /** @throws OutputExistsException if {@code file} is there and not empty */
        static void refuse(Path file) throws IOException {
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                throw new OutputExistsException(file, Files.size(file));
            }
        }

        /** The file that is there. */
        public Path file() {
            return file;
        }
    }

    /**
     * Writes to files, with a journal beside the output ({@code output.journal}) that is locked while the run
     * writes, recording in it what the run reads, {@code inputs} (a fingerprint of its input files, see
     * {@link #fingerprint}), so that a run resumed with other inputs is refused instead of appending them.
     *
     * @param existing what to do with an output or errors file that is there and not empty: refuse, start afresh,
     *     or continue the run whose journal is there (cut the files back to its last complete record and skip the
     *     documents it lists)
     * @throws OutputExistsException with {@link Existing#REFUSE}, if the output or errors file is there and not empty
     * @throws IOException if a file cannot be opened; if another run is writing the same output; or, to resume, if
     *     the output is there without its journal, was written in another format or from other inputs, or does not
     *     match the journal (nothing is changed then)
     */
    static Sink toFiles(OutputFormat format, OutputOptions options, Path output, Path errorsFile,
            PrintWriter console, Existing existing, String inputs) throws IOException {
        requireNonNull(format, "format must not be null");
        requireNonNull(options, "options must not be null");
        requireNonNull(output, "output must not be null");
        requireNonNull(errorsFile, "errorsFile must not be null");
        requireNonNull(console, "console must not be null");
        requireNonNull(existing, "existing must not be null");
        requireNonNull(inputs, "inputs must not be null");
        return FileSink.open(format, options, output, errorsFile, console, existing, inputs);
    }

    /** Writes results to {@code out} and failures to {@code console} only; such a run cannot be resumed. */
    static Sink toWriter(OutputFormat format, OutputOptions options, Writer out, PrintWriter console)
            throws IOException {
        requireNonNull(format, "format must not be null");
        requireNonNull(options, "options must not be null");
        requireNonNull(out, "out must not be null");
        requireNonNull(console, "console must not be null");
        return WriterSink.open(format, options, out, FailureLog.consoleOnly(console));
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
    static Sink toWriter(OutputFormat format, OutputOptions options, Writer out, PrintWriter console,
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
            OutputExistsException.refuse(errorsFile);
        }
        FailureLog failures = new FailureLog(console,
                Optional.of(new BufferedOutputStream(Files.newOutputStream(errorsFile))), 0);
        return WriterSink.open(format, options, out, failures);
    }

    /**
     * A fingerprint of the files a run reads, in order, for the journal: the SHA-256 of their absolute paths.
     */
    static String fingerprint(List<Path> files) {
        requireNonNull(files, "files must not be null");
        Hasher hasher = Hashing.sha256().newHasher();
        for (Path f : files) {
            hasher.putString(f.toString().equals("-") ? "-" : f.toAbsolutePath().normalize().toString(),
                    StandardCharsets.UTF_8).putByte((byte) 0);
        }
        return hasher.hash().toString();
    }

    /** Where the journal of an output file lives ({@code OUTPUT.journal}). */
    static Path journalOf(Path output) {
        return Journal.of(requireNonNull(output, "output must not be null"));
    }

    /** Reports a failed document on the console: {@code entitas: failed ID: REASON}. */
    static void report(PrintWriter console, String id, String reason) {
        console.println("entitas: failed " + (reason.startsWith(id) ? reason : id + ": " + reason));
        console.flush();
    }

    /**
     * The documents the journal of a resumed run lists that this run has not met (yet): after the run, ids of the
     * earlier run that no input held, with how many times each. Empty for a sink that cannot be resumed.
     */
    default Map<String, Integer> unmatched() {
        return Map.of();
    }

    /** The documents that the resumed runs before this one did (0 unless resuming). */
    default long earlierDocuments() {
        return 0;
    }

    /** How many of {@link #earlierDocuments()} failed. */
    default long earlierFailures() {
        return 0;
    }

    /**
     * Flushes and closes what the sink opened (a writer handed to it stays open); a resumable sink cuts its output
     * back to the end of the last whole record and releases the journal's lock last.
     */
    @Override
    void close() throws IOException;
}
