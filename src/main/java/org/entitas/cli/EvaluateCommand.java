package org.entitas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.entitas.eval.CorpusEvaluation;
import org.entitas.eval.NameFinderEvaluation;
import org.entitas.eval.Score;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entitas evaluate}: precision, recall and F1 per type and overall, exact span match. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the extractor: P, R, F1 per type and overall, exact span match.",
                "A file is gold CoNLL (token<TAB>tag, IOB2): the name finder tags its tokens as they are.",
                "A directory is raw text with brat annotations (name.txt + name.ann): the whole pipeline runs."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(arity = "1..*", description = "Gold CoNLL files, or directories of .txt + .ann files.")
    List<Path> files;
    @Mixin
    ModelOptions model = new ModelOptions();
    @Option(names = "--errors", description = "Also sort the errors into classes (overrun, missed, ...) per type.")
    boolean errors;
    @Option(names = "--examples", defaultValue = "0",
            description = "With --errors, print up to this many examples of each class (default: ${DEFAULT-VALUE}).")
    int examples;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : files) {
            String nothing = !Files.exists(f) ? "no such file or directory"
                    : Files.isDirectory(f) && !hasText(f) ? "no .txt document (with its .ann) in it"
                    : null;
            if (nothing != null) {
                err.println("entitas: nothing to evaluate: " + f + ": " + nothing + "; expected a gold CoNLL file"
                        + " (token<TAB>tag) or a directory of .txt files with brat .ann annotations");
                err.flush();
                return Main.SOME_FAILED;
            }
        }
        EntityExtractor ex = model.extractor(spec.commandLine());
        PrintWriter w = spec.commandLine().getOut();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                print(w, f.toString(), CorpusEvaluation.evaluate(ex, f));
                if (errors) {
                    ErrorTables.print(w, CorpusEvaluation.errors(ex, f, examples));
                }
            } else {
                List<ConllDocument> gold = ConllReader.readAll(f, true);
                print(w, f.toString(), NameFinderEvaluation.evaluate(ex, gold));
                if (errors) {
                    ErrorTables.print(w, NameFinderEvaluation.errors(ex, gold, examples));
                }
            }
        }
        return Main.OK;
    }

    private static boolean hasText(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".txt"));
        }
    }

    static void print(PrintWriter w, String name, NameFinderEvaluation.Report report) {
        w.println(name);
        w.printf(Locale.ROOT, "  %-14s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "f1", "gold", "found");
        report.byType().forEach((type, s) -> row(w, type.name(), s));
        row(w, "overall", report.overall());
        w.flush();
    }

    private static void row(PrintWriter w, String name, Score s) {
        w.printf(Locale.ROOT, "  %-14s %9.4f %9.4f %9.4f %7d %7d%n", name, s.precision(), s.recall(), s.f1(),
                s.gold(), s.predicted());
    }
}
