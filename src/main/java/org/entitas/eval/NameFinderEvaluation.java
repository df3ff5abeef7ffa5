package org.entitas.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.io.ConllDocument;
import org.entitas.train.NameFinderTraining;

/**
 * Measures a name finder against gold CoNLL documents: precision, recall and F1 per type and overall, with
 * exact span match (same first token, same last token, same type). The extractor tags the gold tokens as
 * they are. Gold entities of types the extractor does not return are ignored.
 */
public final class NameFinderEvaluation {

    private NameFinderEvaluation() {
    }

    /** The scores of one evaluation: per type, and all types together. */
    public record Report(Map<EntityType, Score> byType, Score overall) {
        public Report {
            byType = ImmutableSortedMap.copyOf(byType, java.util.Comparator.comparing(EntityType::name));
            requireNonNull(overall, "overall must not be null");
        }
    }

    /** Tags every gold document with {@code extractor} and scores the result. */
    public static Report evaluate(EntityExtractor extractor, List<ConllDocument> gold) {
        Set<String> labels = extractor.types().stream().map(EntityType::label).collect(Collectors.toSet());
        Map<String, long[]> counts = new TreeMap<>();
        for (String l : labels) {
            counts.put(l, new long[3]);
        }
        for (ConllDocument d : gold) {
            List<List<String>> predicted = extractor.tagTokens(d.tokens());
            for (int s = 0; s < d.sentences().size(); s++) {
                Span[] g = NameFinderTraining.spans(d.sentences().get(s).tags(), labels);
                Span[] p = NameFinderTraining.spans(predicted.get(s), labels);
                Set<Span> goldSet = new HashSet<>(List.of(g));
                for (Span span : g) {
                    counts.get(span.getType())[2]++;
                }
                for (Span span : p) {
                    long[] c = counts.get(span.getType());
                    c[1]++;
                    if (goldSet.contains(span)) {
                        c[0]++;
                    }
                }
            }
        }
        Map<EntityType, Score> byType = new HashMap<>();
        Score overall = new Score(0, 0, 0);
        for (var e : counts.entrySet()) {
            Score score = new Score(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            byType.put(EntityType.fromLabel(e.getKey()), score);
            overall = overall.plus(score);
        }
        return new Report(byType, overall);
    }
}
