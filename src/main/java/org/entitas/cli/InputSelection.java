package org.entitas.cli;

import java.util.ArrayList;
import java.util.List;
import org.entitas.EntityExtractor;
import org.entitas.bulk.InputOptions;
import org.entitas.bulk.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that choose and read input documents, shared by {@code tag}, {@code graph} and {@code render}:
 * globs, JSON Lines fields, worker threads and how progress is shown. A picocli mixin; one instance per command run.
 */
final class InputSelection {

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
    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on standard error.")
    boolean quiet;

    /** The input options, or a usage error naming the bad value. */
    InputOptions options(CommandLine cli) {
        try {
            return new InputOptions(include, exclude, textField, idField);
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

    /** How a run shows progress: none when quiet, a bar when standard error is a terminal, lines otherwise. */
    Progress.Mode progressMode() {
        return quiet ? Progress.Mode.QUIET : System.console() != null ? Progress.Mode.BAR : Progress.Mode.LINES;
    }
}
