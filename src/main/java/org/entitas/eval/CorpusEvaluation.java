package org.entitas.eval;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.io.BratAnnotations;
import org.entitas.io.TextFiles;

/**
 * Measures the whole pipeline (sentence splitting, tokenization, name finding) on raw text annotated in brat
 * standoff format: a directory of {@code name.txt} files, each with its {@code name.ann}. A mention counts as
 * found when type, start and end all match. Only the types the extractor returns are scored. Stateless and
 * thread-safe.
 */
public final class CorpusEvaluation {

    private CorpusEvaluation() {
    }

    /**
     * Runs {@code extractor} on every {@code .txt} file of {@code dir} and scores it against the {@code .ann}
     * file beside it.
     *
     * @throws IOException if a file cannot be read, a {@code .txt} has no {@code .ann}, or an annotation is bad
     */
    public static NameFinderEvaluation.Report evaluate(EntityExtractor extractor, Path dir) throws IOException {
        Set<EntityType> types = requireNonNull(extractor, "extractor must not be null").types();
        Map<EntityType, long[]> counts = new HashMap<>();
        for (EntityType t : types) {
            counts.put(t, new long[3]);
        }
        forEachDocument(extractor, dir, (text, goldMentions, found) -> {
            Set<Key> gold = new HashSet<>();
            for (Mention m : goldMentions) {
                gold.add(new Key(m.type(), m.start(), m.end()));
                counts.get(m.type())[2]++;
            }
            for (Mention m : found) {
                long[] c = counts.get(m.type());
                c[1]++;
                if (gold.contains(new Key(m.type(), m.start(), m.end()))) {
                    c[0]++;
                }
            }
        });
        Map<EntityType, Score> byType = new HashMap<>();
        for (var e : counts.entrySet()) {
            byType.put(e.getKey(), new Score(e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        }
        return NameFinderEvaluation.Report.of(byType);
    }

    /**
     * Runs {@code extractor} on every document of {@code dir}, as {@link #evaluate} does, and sorts its errors
     * over character offsets.
     *
     * @param examples how many examples of each class of error to keep
     * @throws IOException as {@link #evaluate}
     */
    public static ErrorTable errors(EntityExtractor extractor, Path dir, int examples) throws IOException {
        ErrorTable table = new ErrorTable(examples);
        forEachDocument(extractor, dir, (text, gold, found) -> table.add(items(gold), items(found),
                i -> text.substring(i.start(), i.end()).replace('\n', ' ')));
        return table;
    }

    private static List<ErrorTable.Item> items(List<Mention> mentions) {
        return mentions.stream().map(m -> new ErrorTable.Item(m.type().label(), m.start(), m.end())).toList();
    }

    private interface DocumentVisitor {
        void visit(String text, List<Mention> gold, List<Mention> found);
    }

    /** Tags each document and hands its text, its gold mentions of the extractor's types and the found ones. */
    private static void forEachDocument(EntityExtractor extractor, Path dir, DocumentVisitor visitor)
            throws IOException {
        requireNonNull(extractor, "extractor must not be null");
        requireNonNull(dir, "dir must not be null");
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir)) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (texts.isEmpty()) {
            throw new IOException(dir + ": no .txt documents");
        }
        Set<EntityType> types = extractor.types();
        for (Path txt : texts) {
            String name = txt.getFileName().toString();
            Path ann = txt.resolveSibling(name.substring(0, name.length() - 4) + ".ann");
            if (!Files.isRegularFile(ann)) {
                throw new IOException(txt + ": no annotation file " + ann.getFileName());
            }
            String text = TextFiles.read(txt);
            List<Mention> gold = BratAnnotations.read(ann, text).stream().filter(m -> types.contains(m.type()))
                    .toList();
            visitor.visit(text, gold, extractor.extract(text));
        }
    }

    private record Key(EntityType type, int start, int end) {
    }
}
