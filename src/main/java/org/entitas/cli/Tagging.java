package org.entitas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.entitas.Input;
import org.entitas.TaggedDocument;
import org.entitas.bulk.BulkRun;
import org.entitas.bulk.Sink;
import org.entitas.bulk.Summary;
import org.entitas.io.InputOptions;
import org.entitas.io.Inputs;
import picocli.CommandLine;

/**
 * The tagging run of {@code tag}, {@code graph} and {@code render}: their inputs read alike, tagged through
 * {@link BulkRun}, each tagged document handed on in input order, each failure reported on standard error,
 * progress shown unless {@code -q}.
 */
final class Tagging {

    /** What a command does with each tagged document. */
    interface Each {
        void accept(TaggedDocument tagged) throws IOException;
    }

    private Tagging() {
    }

    /**
     * Refuses, unless {@code overwrite}, a directory that already holds some of the files a command writes into it,
     * before any work.
     *
     * @param written the names the command writes in {@code out}
     * @throws CommandLine.ParameterException naming the directory, what it holds and {@code --overwrite}
     */
    static void refuseExisting(CommandLine cli, Path out, boolean overwrite, List<String> written) {
        if (overwrite) {
            return;
        }
        List<String> there = written.stream().filter(name -> Files.exists(out.resolve(name))).toList();
        if (!there.isEmpty()) {
            throw new CommandLine.ParameterException(cli, out + " already holds " + String.join(", ", there)
                    + " of an earlier run: give --overwrite to replace them, or another -o");
        }
    }

    /**
     * Says that no document was tagged and nothing was written to {@code out}; returns the exit code of a run with
     * nothing to do.
     */
    static int nothingTagged(PrintWriter err, long failed, Path out) {
        err.println("entitas: nothing to do: no document was tagged (" + failed + " failed); nothing written to "
                + out);
        err.flush();
        return Main.SOME_FAILED;
    }

    /**
     * The files the inputs stand for, listed before anything is written into directory {@code out}: the files a
     * command wrote there in an earlier run ({@code written}, names in {@code out}) are left out of input
     * directories, and an input that is one of them under any name is refused, with or without {@code --overwrite}.
     *
     * @throws CommandLine.ParameterException naming the input and the output, or a malformed glob
     */
    static List<Path> files(CommandLine cli, InputSelection selection, List<Path> inputs, Path out,
            List<String> written) throws IOException {
        List<Path> files;
        try {
            files = Inputs.files(inputs, selection.options(cli));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
        return OwnFiles.apart(cli, files, inputs, OwnFiles.existing(out, written, "a file written into -o " + out),
                true);
    }

    /**
     * Runs the files (as {@link #files} lists them) through the model options' extractor, handing each tagged
     * document to {@code each} and reporting each failure on standard error; returns what the run did.
     */
    static Summary run(CommandLine cli, InputSelection selection, ModelOptions model, List<Path> files, Each each)
            throws IOException {
        PrintWriter err = cli.getErr();
        BulkRun.Target target = new BulkRun.Target() {
            @Override
            public void result(TaggedDocument tagged) throws IOException {
                each.accept(tagged);
            }

            @Override
            public void failure(String id, String reason) {
                Sink.report(err, id, reason);
            }
        };
        return run(cli, selection, selection.options(cli), model.extractor(cli), files, target);
    }

    /**
     * The run of every command that tags files: they are read with {@code options}, tagged by {@code extractor} on
     * the selection's workers and handed to {@code target} in input order, progress shown on standard error unless
     * {@code -q}; returns what the run did.
     */
    static Summary run(CommandLine cli, InputSelection selection, InputOptions options, EntityExtractor extractor,
            List<Path> files, BulkRun.Target target) throws IOException {
        int workers = selection.workers(cli);
        long total = Inputs.documentCount(files, options.format());
        try (Progress progress = new Progress(cli.getErr(), selection.progressDisplay(), total);
                Stream<Input> records = Inputs.readFiles(files, options)) {
            return BulkRun.run(extractor, records, target, workers, progress);
        }
    }
}
