package org.entitas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entitas.EntityExtractor;
import org.entitas.bulk.Sink;
import org.entitas.bulk.Summary;
import org.entitas.io.InputFormat;
import org.entitas.io.InputOptions;
import org.entitas.io.Inputs;
import org.entitas.io.OutputFormat;
import org.entitas.io.OutputOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entitas tag}: finds entities in text files, directories, archives or standard input, or tags pre-tokenized
 * CoNLL input, and writes JSON Lines, CSV or CoNLL. Every input ends as output or as a failure reported on standard
 * error with its name and the reason (and in the errors file with {@code -o}); the exit code is
 * {@link Main#SOME_FAILED} if any failed. Every input kind goes through the same run: journal, {@code --resume},
 * {@code --errors}, progress and {@code -q} work for all.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Finds persons, locations and organizations.",
                "Text input (a file is one document; directories are read recursively; '-' or nothing is standard"
                        + " input) gives JSON Lines: {\"id\", \"entities\": [{\"text\", \"type\", \"start\", \"end\","
                        + " \"sentence\", \"confidence\"}]}.",
                "--format conll reads pre-tokenized CoNLL input (token in the first column, blank line between"
                        + " sentences, -DOCSTART- between documents) and writes token<TAB>IOB2-tag lines.",
                "Standard input is text unless --input-format says otherwise: zcat news.jsonl.gz | entitas tag"
                        + " --input-format jsonl -"})
final class TagCommand implements Callable<Integer> {

    private static final Path STDIN = Path.of("-");

    @Spec
    CommandSpec spec;
    @Mixin
    InputSelection selection = new InputSelection();
    @Mixin
    ModelOptions model = new ModelOptions();
    @Parameters(arity = "0..*", description = "Files or directories; '-' or none for standard input.")
    List<Path> inputs = new ArrayList<>();
    @Option(names = "--format", defaultValue = "json",
            description = "json (JSON Lines), csv (a table of mentions), conll (token<TAB>IOB2 tag lines; the input is"
                    + " pre-tokenized CoNLL, tokens used as given, unless --no-tokenized).")
    OutputFormat format;
    @Option(names = "--tokenized", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With --format conll: the input is pre-tokenized CoNLL (default); --no-tokenized tags text,"
                    + " JSON Lines or archives and writes their tokens and tags.")
    boolean tokenized;
    @Option(names = "--keep-text", description = "JSON Lines: also write each document's text and its sentences and"
            + " tokens (offsets), so that 'graph --tagged' can read roles and acronyms from them; for WARC records and"
            + " CoNLL input, the text the offsets index into (extracted from the HTML, or the tokens joined).")
    boolean keepText;
    @Option(names = "--offsets", defaultValue = "utf16",
            description = "Unit of the offsets in JSON Lines and CSV: utf16 (String indices, as Java and JavaScript"
                    + " count; default) or codepoints (as Python counts).")
    OutputOptions.Offsets offsets;
    @Option(names = {"-o", "--output"}, description = "Write here instead of standard output; a journal beside it"
            + " (OUTPUT.journal) makes the run resumable. An output that is there and not empty is refused unless"
            + " --overwrite or --resume is given.")
    Path output;
    @Option(names = "--errors", description = "Failure records (JSON Lines: id, reason); default: OUTPUT.errors.jsonl"
            + " when -o is given, none otherwise (failures are always reported on standard error).")
    Path errors;
    @Option(names = "--overwrite", description = "Replace an output (and errors file) that is there and not empty.")
    boolean overwrite;
    @Option(names = "--keep-formulas", description = "CSV: write ids and texts beginning with = + - @ TAB or CR as they"
            + " are; by default they get a leading ' so that a spreadsheet does not run them as formulas.")
    boolean keepFormulas;
    @Option(names = "--resume", description = "Continue the run that wrote -o OUTPUT: skip what its journal lists.")
    boolean resume;

    @Override
    public Integer call() throws IOException {
        CommandLine cli = spec.commandLine();
        selection.workers(cli); // a bad --threads is refused before anything is read or written
        if (resume && output == null) {
            throw new CommandLine.ParameterException(cli, "--resume needs -o OUTPUT");
        }
        if (resume && overwrite) {
            throw new CommandLine.ParameterException(cli, "--resume and --overwrite exclude each other: --resume"
                    + " continues the output, --overwrite starts it afresh");
        }
        if (keepText && format != OutputFormat.JSON) {
            throw new CommandLine.ParameterException(cli, "--keep-text needs --format json");
        }
        if (!tokenized && selection.inputFormat == InputFormat.CONLL) {
            throw new CommandLine.ParameterException(cli, "--no-tokenized and --input-format conll exclude each other");
        }
        FileArguments.writable("-o", output);
        FileArguments.writable("--errors", errors);
        EntityExtractor extractor = model.extractor(cli);
        PrintWriter err = cli.getErr();
        InputOptions options = selection.options(cli);
        if (format == OutputFormat.CONLL && tokenized && options.format() == InputFormat.AUTO) {
            // --format conll reads pre-tokenized CoNLL unless told otherwise (--no-tokenized, --input-format)
            options = options.withFormat(InputFormat.CONLL);
        }
        List<Path> files = files(options);
        Path errorsFile = errorsFile();
        OutputOptions outputOptions = OutputOptions.DEFAULTS.withKeepText(keepText).withOffsets(offsets)
                .withKeepFormulas(keepFormulas);
        noteWarcOffsets(files, options.format(), err);
        Sink.Existing existing = resume ? Sink.Existing.RESUME
                : overwrite ? Sink.Existing.OVERWRITE : Sink.Existing.REFUSE;
        Summary summary;
        long earlierDocuments;
        long earlierFailures;
        Map<String, Integer> unmatched;
        try (Sink sink = output != null ? Sink.toFiles(format, outputOptions, output, errorsFile, err, existing,
                Sink.fingerprint(files))
                : errorsFile != null ? Sink.toWriter(format, outputOptions, cli.getOut(), err, errorsFile, existing)
                : Sink.toWriter(format, outputOptions, cli.getOut(), err)) {
            earlierDocuments = sink.earlierDocuments();
            earlierFailures = sink.earlierFailures();
            summary = Tagging.run(cli, selection, options, extractor, files, sink);
            unmatched = sink.unmatched();
        } catch (Sink.OutputExistsException e) {
            throw new CommandLine.ParameterException(cli, e.file() + " is already there and not empty: give"
                    + " --overwrite to replace it, or --resume to continue the run that wrote it");
        } catch (OutOfMemoryError e) {
            return Main.outOfMemory(err, output == null ? "the output holds every document finished before it"
                    : output + " holds every document finished before it; rerun with --resume to go on");
        }
        if (!selection.quiet) {
            err.println("entitas: " + summary.describe().replace("\n", "\nentitas: "));
            if (earlierDocuments > 0) {
                err.println("entitas: with the earlier runs resumed: " + (earlierDocuments + summary.read())
                        + " documents in all, " + (earlierFailures + summary.failed()) + " failed");
            }
            err.flush();
        }
        if (!unmatched.isEmpty()) {
            // the journal lists documents no input held: it was changed, or the inputs were
            err.println("entitas: the journal " + Sink.journalOf(output) + " lists " + unmatched.size()
                    + " documents that no input held (" + unmatched.keySet().stream().sorted().limit(3).toList()
                    + (unmatched.size() > 3 ? ", ..." : "") + "); the output holds their records, and may hold a"
                    + " document twice");
            err.flush();
            return Main.SOME_FAILED;
        }
        if (summary.read() + earlierDocuments == 0) {
            err.println("entitas: nothing to do: " + (inputs.isEmpty() ? "standard input" : String.join(", ",
                    inputs.stream().map(Path::toString).toList())) + " held no document");
            err.flush();
            return Main.SOME_FAILED;
        }
        return summary.failed() + earlierFailures == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /**
     * Says, once, that the offsets of WARC records index into the text extracted from their HTML, written only
     * with {@code --keep-text}.
     */
    private void noteWarcOffsets(List<Path> files, InputFormat inputFormat, PrintWriter err) {
        if (keepText || format == OutputFormat.CONLL || selection.quiet) {
            return;
        }
        if (files.stream().anyMatch(f -> Inputs.isWarc(f, inputFormat))) {
            err.println("entitas: note: the offsets of WARC records index into the text extracted from their HTML,"
                    + " which is not the page's source; add --keep-text (with --format json) to write that text");
            err.flush();
        }
    }

    /** Where failures are written: {@code --errors}, else beside the output, else nowhere (null). */
    private Path errorsFile() {
        return errors != null ? errors
                : output == null ? null : output.resolveSibling(output.getFileName() + ".errors.jsonl");
    }

    /**
     * The files to read, in order ({@code -} is standard input, a missing input stays to be reported); the run's
     * output, errors file and journal of an earlier run are left out of directories; any other input that is one of
     * them, under any name, is refused before anything is written.
     */
    private List<Path> files(InputOptions options) throws IOException {
        List<Path> files;
        try {
            files = Inputs.files(inputs.isEmpty() ? List.of(STDIN) : inputs, options);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (output == null && errors == null) {
            return files;
        }
        Path errorsFile = errorsFile();
        if (output != null && errors != null) {
            OwnFiles.notAnInput(spec.commandLine(), "--errors", errorsFile, "-o", List.of(output));
        }
        List<OwnFiles.Own> own = new ArrayList<>(List.of(new OwnFiles.Own("the errors file (--errors)", errorsFile)));
        if (output != null) {
            own.add(0, new OwnFiles.Own("the output (-o)", output));
            own.add(new OwnFiles.Own("the journal of the output", Sink.journalOf(output)));
        }
        // an own file met in an input directory is an earlier run's output when its journal is there; without one it
        // is the user's file, and refused
        boolean earlierRun = output != null && Files.exists(Sink.journalOf(output));
        return OwnFiles.apart(spec.commandLine(), files, inputs, own, earlierRun);
    }
}
