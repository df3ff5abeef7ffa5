package org.entitas.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.bulk.BulkRun;
import org.entitas.bulk.InputOptions;
import org.entitas.bulk.InputRecord;
import org.entitas.bulk.Inputs;
import org.entitas.bulk.OrderedParallel;
import org.entitas.bulk.OutputFormat;
import org.entitas.bulk.Progress;
import org.entitas.bulk.Sink;
import org.entitas.bulk.Summary;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllReader;
import org.entitas.io.TextFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entitas tag}: finds entities in text files, directories or standard input and writes JSON Lines, or
 * tags pre-tokenized CoNLL input with IOB2 tags. Every input ends as output or as a failure reported on
 * standard error with its name and the reason; the exit code is {@link Main#SOME_FAILED} if any failed.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Finds persons, locations and organizations.",
                "Text input (a file is one document; directories are read recursively; '-' or nothing is standard"
                        + " input) gives JSON Lines: {\"id\", \"entities\": [{\"text\", \"type\", \"start\", \"end\","
                        + " \"sentence\", \"confidence\"}]}.",
                "--format conll reads pre-tokenized CoNLL input (token in the first column, blank line between"
                        + " sentences, -DOCSTART- between documents) and writes token<TAB>IOB2-tag lines."})
final class TagCommand implements Callable<Integer> {

    private static final Path STDIN = Path.of("-");

    @Spec
    CommandSpec spec;
    @Mixin
    InputSelection selection = new InputSelection();
    @Parameters(arity = "0..*", description = "Files or directories; '-' or none for standard input.")
    List<Path> inputs = new ArrayList<>();
    @Option(names = "--format", defaultValue = "json",
            description = "json (JSON Lines), csv (a table of mentions), conll (token<TAB>IOB2 tag lines; the input is"
                    + " pre-tokenized CoNLL, tokens used as given, unless --no-tokenized).")
    String format;
    @Option(names = "--tokenized", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With --format conll: the input is pre-tokenized CoNLL (default); --no-tokenized tags text,"
                    + " JSON Lines or archives and writes their tokens and tags.")
    boolean tokenized;
    @Option(names = {"-o", "--output"}, description = "Write here instead of standard output; a journal beside it"
            + " (OUTPUT.journal) makes the run resumable.")
    Path output;
    @Option(names = "--errors", description = "Failure records (JSON Lines: id, reason); default: OUTPUT.errors.jsonl"
            + " when -o is given.")
    Path errors;
    @Option(names = "--resume", description = "Continue the run that wrote -o OUTPUT: skip what its journal lists.")
    boolean resume;
    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on standard error.")
    boolean quiet;
    @Option(names = "--models", description = "Model directory (id-sent.bin, id-token.bin, id-ner.bin).")
    Path models;
    @Option(names = "--ner-model", description = "Name finder model file, with the bundled sentence and token models.")
    Path nerModel;
    @Option(names = "--types", split = ",", description = "Entity types to keep, e.g. PERSON,LOCATION (or PER,LOC).")
    List<String> types;
    @Option(names = "--min-confidence", defaultValue = "0", description = "Drop mentions below this confidence.")
    double minConfidence;

    /** One input's outcome: a result to write, or the reason it failed. */
    private record Outcome(String result, String failure) {
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("json") && !format.equals("conll") && !format.equals("csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be json, csv or conll: " + format);
        }
        int workers = selection.workers(spec.commandLine());
        if (resume && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resume needs -o OUTPUT");
        }
        EntityExtractor extractor = extractor();
        boolean conllIn = format.equals("conll") && tokenized;
        return conllIn ? conllRun(extractor, workers) : bulkRun(extractor, workers);
    }

    private int bulkRun(EntityExtractor extractor, int workers) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InputOptions options = selection.options(spec.commandLine());
        List<Path> files = files(options);
        long total = files.stream().allMatch(Inputs::isSingleDocument) ? files.size() : -1;
        OutputFormat fmt = format.equals("csv") ? OutputFormat.CSV
                : format.equals("conll") ? OutputFormat.CONLL : OutputFormat.JSON;
        Path errorsFile = errors != null ? errors
                : output == null ? null : output.resolveSibling(output.getFileName() + ".errors.jsonl");
        Progress.Mode mode = quiet ? Progress.Mode.QUIET
                : System.console() != null ? Progress.Mode.BAR : Progress.Mode.LINES;
        Summary summary;
        try (Sink sink = output != null ? Sink.toFiles(fmt, output, errorsFile, err, resume)
                : Sink.toWriter(fmt, spec.commandLine().getOut(), err);
                Progress progress = new Progress(err, mode, total);
                Stream<InputRecord> records = Inputs.read(files, options)) {
            summary = BulkRun.run(extractor, records, sink, workers, progress);
        }
        if (!quiet) {
            err.println("entitas: " + summary.describe().replace("\n", "\nentitas: "));
            err.flush();
        }
        return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private int conllRun(EntityExtractor extractor, int workers) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = files(selection.options(spec.commandLine()));
        int failures = 0;
        Writer out = output == null ? spec.commandLine().getOut()
                : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
        try (Stream<Outcome> outcomes = OrderedParallel.map(files.stream(), f -> process(extractor, f), workers,
                4 * workers)) {
            for (Iterator<Outcome> it = outcomes.iterator(); it.hasNext();) {
                Outcome o = it.next();
                if (o.failure() != null) {
                    err.println("entitas: failed " + o.failure());
                    failures++;
                } else {
                    out.write(o.result());
                }
            }
            out.flush();
        } finally {
            if (output != null) {
                out.close();
            }
        }
        return failures == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** The files to read, in order ({@code -} is standard input, a missing input stays to be reported), the output aside. */
    private List<Path> files(InputOptions options) throws IOException {
        List<Path> files;
        try {
            files = Inputs.files(inputs.isEmpty() ? List.of(STDIN) : inputs, options);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (output != null) {
            files.removeIf(f -> f.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize()));
        }
        return files;
    }

    private EntityExtractor extractor() throws IOException {
        EntityExtractor.Builder b = EntityExtractor.builder();
        try {
            b.minConfidence(minConfidence);
            if (types != null) {
                b.types(types.stream().map(EntityType::fromLabel).toList());
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (models != null) {
            b.models(models);
        }
        if (nerModel != null) {
            b.nameFinder(nerModel);
        }
        return b.build();
    }

    private Outcome process(EntityExtractor extractor, Path source) {
        String name = source.equals(STDIN) ? "standard input" : source.toString();
        if (!source.equals(STDIN) && !Files.exists(source)) {
            return new Outcome(null, name + ": no such file or directory");
        }
        try {
            byte[] bytes = source.equals(STDIN) ? System.in.readAllBytes() : Files.readAllBytes(source);
            String text = TextFiles.decode(bytes, name);
            return new Outcome(conll(extractor, text, name), null);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            return new Outcome(null, reason.startsWith(name) ? reason : name + ": " + reason);
        }
    }

    private static String conll(EntityExtractor extractor, String text, String name) throws IOException {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        try (ConllReader r = new ConllReader(new StringReader(text), name, false)) {
            for (Optional<ConllDocument> d = r.next(); d.isPresent(); d = r.next()) {
                List<List<String>> tokens = d.get().tokens();
                List<List<String>> tags = extractor.tagTokens(tokens);
                for (int s = 0; s < tokens.size(); s++) {
                    for (int t = 0; t < tokens.get(s).size(); t++) {
                        out.append(tokens.get(s).get(t)).append('\t').append(tags.get(s).get(t)).append('\n');
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }
}
