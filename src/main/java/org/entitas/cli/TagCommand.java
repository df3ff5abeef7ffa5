package org.entitas.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.TaggedDocument;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllReader;
import org.entitas.io.JsonLinesWriter;
import org.entitas.io.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entitas tag}: finds entities in text files, directories or standard input and writes JSON Lines, or
 * tags pre-tokenized CoNLL input with IOB2 tags.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Finds persons, locations and organizations.",
                "Text input (a file is one document; directories are read recursively; '-' or nothing is standard"
                        + " input) gives JSON Lines: {\"id\", \"entities\": [{\"text\", \"type\", \"start\", \"end\","
                        + " \"sentence\", \"confidence\"}]}.",
                "--format conll reads pre-tokenized CoNLL input (token in the first column, blank line between"
                        + " sentences, -DOCSTART- between documents) and writes token<TAB>IOB2-tag lines."})
final class TagCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(arity = "0..*", description = "Files or directories; '-' or none for standard input.")
    List<Path> inputs = new ArrayList<>();
    @Option(names = "--format", defaultValue = "json", description = "json (text in) or conll (tokens in).")
    String format;
    @Option(names = {"-o", "--output"}, description = "Write here instead of standard output.")
    Path output;
    @Option(names = "--models", description = "Model directory (id-sent.bin, id-token.bin, id-ner.bin).")
    Path models;
    @Option(names = "--ner-model", description = "Name finder model file, with the bundled sentence and token models.")
    Path nerModel;
    @Option(names = "--types", split = ",", description = "Entity types to keep, e.g. PERSON,LOCATION.")
    List<String> types;
    @Option(names = "--min-confidence", defaultValue = "0", description = "Drop mentions below this confidence.")
    double minConfidence;
    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!format.equals("json") && !format.equals("conll")) {
            throw new IllegalArgumentException("--format must be json or conll: " + format);
        }
        EntityExtractor.Builder b = EntityExtractor.builder().minConfidence(minConfidence);
        if (models != null) {
            b.models(models);
        }
        if (nerModel != null) {
            b.nameFinder(nerModel);
        }
        if (types != null) {
            b.types(types.stream().map(EntityType::of).toList());
        }
        EntityExtractor extractor = b.build();
        PrintWriter err = spec.commandLine().getErr();
        Writer out = output == null ? spec.commandLine().getOut()
                : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
        try {
            int failures = format.equals("conll") ? conll(extractor, out, err) : json(extractor, out, err);
            out.flush();
            return failures == 0 ? Main.OK : Main.SOME_FAILED;
        } finally {
            if (output != null) {
                out.close();
            }
        }
    }

    private boolean readsStdin() {
        return inputs.isEmpty() || (inputs.size() == 1 && inputs.get(0).toString().equals("-"));
    }

    private int json(EntityExtractor extractor, Writer out, PrintWriter err)
            throws IOException, InterruptedException {
        JsonLinesWriter writer = new JsonLinesWriter(out);
        if (readsStdin()) {
            String text = TextFiles.decode(stdin().readAllBytes(), "standard input");
            writer.write(extractor.extract(Document.of("stdin", text)));
            return 0;
        }
        List<Path> files = TextFiles.expand(inputs);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + workers);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        int failures = 0;
        try {
            Deque<Future<Object>> window = new ArrayDeque<>();
            for (Path file : files) {
                window.add(pool.submit(() -> tagFile(extractor, file)));
                if (window.size() >= workers * 4) {
                    failures += emit(window.poll(), writer, err);
                }
            }
            while (!window.isEmpty()) {
                failures += emit(window.poll(), writer, err);
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    /** Returns a TaggedDocument, or the error message of a file that could not be read. */
    private static Object tagFile(EntityExtractor extractor, Path file) {
        try {
            return extractor.extract(Document.of(file.toString(), TextFiles.read(file)));
        } catch (IOException | RuntimeException e) {
            return file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static int emit(Future<Object> f, JsonLinesWriter writer, PrintWriter err)
            throws IOException, InterruptedException {
        Object result;
        try {
            result = f.get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        if (result instanceof TaggedDocument d) {
            writer.write(d);
            return 0;
        }
        String message = (String) result;
        err.println("entitas: skipped " + message);
        return 1;
    }

    private int conll(EntityExtractor extractor, Writer out, PrintWriter err) throws IOException {
        List<ConllReader> readers = new ArrayList<>();
        if (readsStdin()) {
            readers.add(new ConllReader(new InputStreamReader(stdin(), StandardCharsets.UTF_8), "standard input",
                    false));
        } else {
            for (Path f : TextFiles.expand(inputs)) {
                readers.add(ConllReader.open(f, false));
            }
        }
        for (ConllReader r : readers) {
            try (r) {
                for (Optional<ConllDocument> d = r.next(); d.isPresent(); d = r.next()) {
                    List<List<String>> tokens = d.get().tokens();
                    List<List<String>> tags = extractor.tagTokens(tokens);
                    for (int s = 0; s < tokens.size(); s++) {
                        for (int t = 0; t < tokens.get(s).size(); t++) {
                            out.write(tokens.get(s).get(t));
                            out.write('\t');
                            out.write(tags.get(s).get(t));
                            out.write('\n');
                        }
                        out.write('\n');
                    }
                }
            }
        }
        return 0;
    }

    private static InputStream stdin() {
        return System.in;
    }
}
