package org.entitas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.entitas.EntityExtractor;
import org.entitas.io.InputFormat;
import org.entitas.io.InputOptions;
import org.entitas.io.ReadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that choose and read input documents, shared by {@code tag}, {@code graph} and {@code render}:
 * the input format, globs, JSON Lines fields, worker threads and how progress is shown. A picocli mixin; one instance
 * per command run.
 */
final class InputSelection {

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = Format.class, defaultValue = "auto",
            description = "Format of the documents: auto (by file name: .jsonl/.ndjson JSON Lines, .conll CoNLL,"
                    + " .warc/.warc.gz WARC, anything else text; standard input is text), text, jsonl, conll or warc."
                    + " .gz, .zip, .tar, .tar.gz and .tgz are undone in every format, gzip on standard input too"
                    + " (default: ${DEFAULT-VALUE}).")
    InputFormat inputFormat = InputFormat.AUTO;
    @Option(names = "--include", split = ",",
            description = "In directories and archives, read only files matching these globs (e.g. '*.txt'; a glob"
                    + " with '/' matches the path inside the directory).")
    List<String> include = new ArrayList<>();
    @Option(names = "--exclude", split = ",", description = "In directories and archives, skip files matching these globs.")
    List<String> exclude = new ArrayList<>();
    @Option(names = "--text-field", defaultValue = "text",
            description = "JSON Lines field with the text (default: ${DEFAULT-VALUE}).")
    String textField;
    @Option(names = "--id-field", defaultValue = "id", description = "JSON Lines field with the id (default: ${DEFAULT-VALUE}).")
    String idField;
    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;
    @Option(names = "--max-document", paramLabel = "BYTES", converter = Bytes.class, description = "Largest document"
            + " (a file, a decompressed .gz, a member, an HTML page, standard input); larger ones are failures"
            + " (default: 64M; suffixes K, M, G).")
    Long maxDocument;
    @Option(names = "--max-line", paramLabel = "BYTES", converter = Bytes.class,
            description = "Largest JSON Lines line (default: 64M).")
    Long maxLine;
    @Option(names = "--max-member", paramLabel = "BYTES", converter = Bytes.class,
            description = "Largest zip or tar member, decompressed (default: 256M).")
    Long maxMember;
    @Option(names = "--max-inflation", paramLabel = "RATIO", description = "How many times its size a compressed"
            + " file may inflate to, in all (files under 1M: as if 1M; default: 200).")
    Long maxInflation;
    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on standard error.")
    boolean quiet;

    /** The input options, or a usage error naming the bad value. */
    InputOptions options(CommandLine cli) {
        try {
            ReadLimits d = ReadLimits.DEFAULTS;
            return new InputOptions(include, exclude, textField, idField, new ReadLimits(
                    maxDocument == null ? d.maxDocument() : maxDocument, maxLine == null ? d.maxLine() : maxLine,
                    maxMember == null ? d.maxMember() : maxMember,
                    maxInflation == null ? d.maxInflation() : maxInflation), inputFormat);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
    }

    /** The number of worker threads, or a usage error if it is out of range. */
    int workers(CommandLine cli) {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > EntityExtractor.MAX_THREADS) {
            throw new CommandLine.ParameterException(cli, "--threads must be in [1, " + EntityExtractor.MAX_THREADS
                    + "]: " + workers);
        }
        return workers;
    }

    /**
     * How a run shows progress: none when quiet, a bar as wide as the terminal when standard error is one (whatever
     * standard output is), lines otherwise.
     */
    Progress.Display progressDisplay() {
        if (quiet) {
            return Progress.Display.choose(true, false, OptionalInt.empty());
        }
        boolean terminal = Terminal.stderrIsTerminal();
        return Progress.Display.choose(false, terminal, terminal ? Terminal.columns() : OptionalInt.empty());
    }

    /** An input format named on the command line; an unknown one is a usage error listing those accepted. */
    static final class Format implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** A number of bytes, with an optional suffix K, M or G (powers of 1024). */
    static final class Bytes implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            int shift = v.endsWith("K") ? 10 : v.endsWith("M") ? 20 : v.endsWith("G") ? 30 : 0;
            try {
                long n = Long.parseLong(shift == 0 ? v : v.substring(0, v.length() - 1));
                if (n < 1 || n > (ReadLimits.MAX_BYTES >> shift)) {
                    throw new CommandLine.TypeConversionException("must be in [1, " + ReadLimits.MAX_BYTES
                            + "] bytes: " + value);
                }
                return n << shift;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("not a number of bytes (e.g. 64M): " + value);
            }
        }
    }
}
