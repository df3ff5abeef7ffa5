package org.entitas.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Failure;
import org.entitas.Result;
import org.entitas.TaggedDocument;
import org.entitas.TokenizedDocument;
import org.entitas.io.ConllDocument;
import org.entitas.io.IobSpans;

/**
 * Measures a name finder against gold CoNLL documents: precision, recall and F1 per type and overall, with
 * exact span match (same first token, same last token, same type). The extractor tags the gold tokens as
 * they are. Gold entities of types the extractor does not return are ignored. Stateless and thread-safe.
 */
public final class NameFinderEvaluation {

    private NameFinderEvaluation() {
    }

    /**
     * The scores of one evaluation: per type, and all types together. Immutable.
     *
     * @param byType the score of each type, ordered by type name
     * @param overall the sum of the counts of all types
     */
    public record Report(Map<EntityType, Score> byType, Score overall) {
        public Report {
            byType = ImmutableSortedMap.copyOf(byType, Comparator.comparing(EntityType::name));
            requireNonNull(overall, "overall must not be null");
        }

        /** Builds a report from per-type scores, summing them for the overall score. */
        public static Report of(Map<EntityType, Score> byType) {
            Score overall = new Score(0, 0, 0);
            for (Score s : byType.values()) {
                overall = overall.plus(s);
            }
            return new Report(byType, overall);
        }
    }

    /** Tags every gold document with {@code extractor} and scores the result. */
    public static Report evaluate(EntityExtractor extractor, List<ConllDocument> gold) {
        Set<String> labels = labels(extractor);
        List<List<String>> goldTags = new ArrayList<>();
        List<List<String>> predictedTags = new ArrayList<>();
        tagAll(extractor, gold, goldTags, predictedTags, new ArrayList<>());
        return score(goldTags, predictedTags, labels);
    }

    /**
     * Tags every gold document with {@code extractor} and sorts its errors, sentence by sentence, over token
     * indices.
     *
     * @param examples how many examples of each class of error to keep
     */
    public static ErrorTable errors(EntityExtractor extractor, List<ConllDocument> gold, int examples) {
        Set<String> labels = labels(extractor);
        List<List<String>> goldTags = new ArrayList<>();
        List<List<String>> predictedTags = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        tagAll(extractor, gold, goldTags, predictedTags, tokens);
        ErrorTable table = new ErrorTable(examples);
        for (int s = 0; s < goldTags.size(); s++) {
            List<String> words = tokens.get(s);
            table.add(items(IobSpans.of(goldTags.get(s), labels)), items(IobSpans.of(predictedTags.get(s), labels)),
                    i -> String.join(" ", words.subList(i.start(), i.end())));
        }
        return table;
    }

    private static Set<String> labels(EntityExtractor extractor) {
        return extractor.types().stream().map(EntityType::label).collect(Collectors.toSet());
    }

    /**
     * Tags the gold documents on the extractor's run ({@link EntityExtractor#extractAll(Stream)}), in order.
     *
     * @throws IllegalStateException naming the document and the reason if one could not be tagged
     */
    private static void tagAll(EntityExtractor extractor, List<ConllDocument> gold, List<List<String>> goldTags,
            List<List<String>> predictedTags, List<List<String>> tokens) {
        for (ConllDocument d : gold) {
            goldTags.addAll(d.tags());
            tokens.addAll(d.tokens());
        }
        try (Stream<Result> results = extractor.extractAll(
                gold.stream().map(d -> new TokenizedDocument(d.id(), d.tokens())))) {
            results.forEachOrdered(r -> {
                if (r instanceof Failure f) {
                    throw new IllegalStateException(f.reason());
                }
                predictedTags.addAll(IobSpans.tags((TaggedDocument) r));
            });
        }
    }

    private static List<ErrorTable.Item> items(List<IobSpans.TokenSpan> spans) {
        return spans.stream().map(t -> new ErrorTable.Item(t.label(), t.start(), t.end())).toList();
    }

    /**
     * Scores predicted IOB2 tags against gold ones, sentence by sentence, for the given labels.
     *
     * @throws IllegalArgumentException if the two lists do not have the same number of sentences
     */
    public static Report score(List<List<String>> gold, List<List<String>> predicted, Set<String> labels) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predicted");
        }
        Map<String, long[]> counts = new TreeMap<>();
        for (String l : labels) {
            counts.put(l, new long[3]);
        }
        for (int s = 0; s < gold.size(); s++) {
            List<IobSpans.TokenSpan> g = IobSpans.of(gold.get(s), labels);
            Set<IobSpans.TokenSpan> goldSet = new HashSet<>(g);
            for (IobSpans.TokenSpan span : g) {
                counts.get(span.label())[2]++;
            }
            for (IobSpans.TokenSpan span : IobSpans.of(predicted.get(s), labels)) {
                long[] c = counts.get(span.label());
                c[1]++;
                if (goldSet.contains(span)) {
                    c[0]++;
                }
            }
        }
        Map<EntityType, Score> byType = new TreeMap<>(Comparator.comparing(EntityType::name));
        for (var e : counts.entrySet()) {
            byType.put(EntityType.fromLabel(e.getKey()), new Score(e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        }
        return Report.of(byType);
    }
}
