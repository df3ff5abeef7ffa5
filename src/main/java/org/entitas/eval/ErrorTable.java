package org.entitas.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sorts the errors of a name finder into classes, per type: each gold mention is found exactly, found with the
 * wrong type, overrun, underrun, joined, split, crossed or missed, and each prediction that touches no gold
 * mention is spurious. Spans are compared by their boundaries alone (token indices of a sentence or character
 * offsets of a document); a boundary error is a boundary error whatever the predicted type.
 *
 * <pre>{@code
 * ErrorTable t = new ErrorTable(0);
 * t.add(List.of(new ErrorTable.Item("LOC", 3, 5)), List.of(new ErrorTable.Item("LOC", 3, 7)), i -> "");
 * t.counts().get("LOC").get(ErrorTable.Kind.OVERRUN) // 1
 * }</pre>
 *
 * <p>Not thread-safe: a table is filled by one thread.
 */
public final class ErrorTable {

    /** The classes of an outcome. All but {@link #SPURIOUS} count gold mentions. */
    public enum Kind {
        /** Same boundaries and type. */
        EXACT,
        /** A prediction covers the gold mention and more, but no other whole gold mention. */
        OVERRUN,
        /** One prediction inside the gold mention, shorter than it. */
        UNDERRUN,
        /** A prediction covers the gold mention and at least one other whole gold mention. */
        JOINED,
        /** Two or more predictions inside the gold mention. */
        SPLIT,
        /** A prediction that overlaps the gold mention on one side only. */
        CROSSING,
        /** Same boundaries, another type. */
        WRONG_TYPE,
        /** No prediction overlaps the gold mention. */
        MISSED,
        /** A prediction that overlaps no gold mention (counted under its own type). */
        SPURIOUS;

        /** The column name: lower case, hyphenated. */
        public String column() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A mention as the table sees it: a label and the range {@code [start, end)} it covers.
     *
     * @param label the type label
     * @param start first token index or character offset
     * @param end index after the last
     */
    public record Item(String label, int start, int end) {
        /** @throws IllegalArgumentException if the range is empty or negative */
        public Item {
            requireNonNull(label, "label must not be null");
            checkArgument(start >= 0 && end > start, "bad range [%s, %s)", start, end);
        }

        boolean overlaps(Item o) {
            return start < o.end && o.start < end;
        }

        boolean covers(Item o) {
            return start <= o.start && end >= o.end;
        }
    }

    private final int examplesPerKind;
    private final Map<String, Map<Kind, Long>> counts = new TreeMap<>();
    private final Map<Kind, List<String>> examples = new EnumMap<>(Kind.class);

    /**
     * An empty table.
     *
     * @param examplesPerKind how many examples of each class of error to keep
     * @throws IllegalArgumentException if {@code examplesPerKind} is negative
     */
    public ErrorTable(int examplesPerKind) {
        checkArgument(examplesPerKind >= 0, "examplesPerKind must not be negative: %s", examplesPerKind);
        this.examplesPerKind = examplesPerKind;
    }

    /**
     * Classifies the mentions of one sentence or document.
     *
     * @param gold the gold mentions
     * @param predicted the predictions
     * @param text the surface of an item, for the examples
     */
    public void add(List<Item> gold, List<Item> predicted, Function<Item, String> text) {
        for (Item g : gold) {
            List<Item> touching = predicted.stream().filter(p -> p.overlaps(g)).toList();
            Kind kind = classify(g, touching, gold);
            count(g.label(), kind);
            if (kind != Kind.EXACT) {
                example(kind, show(g, text) + " -> " + (touching.isEmpty() ? "-"
                        : String.join(" | ", touching.stream().map(p -> show(p, text)).toList())));
            }
        }
        for (Item p : predicted) {
            if (gold.stream().noneMatch(p::overlaps)) {
                count(p.label(), Kind.SPURIOUS);
                example(Kind.SPURIOUS, show(p, text));
            }
        }
    }

    private static Kind classify(Item g, List<Item> touching, List<Item> gold) {
        if (touching.isEmpty()) {
            return Kind.MISSED;
        }
        for (Item p : touching) {
            if (p.start() == g.start() && p.end() == g.end()) {
                return p.label().equals(g.label()) ? Kind.EXACT : Kind.WRONG_TYPE;
            }
        }
        for (Item p : touching) {
            if (p.covers(g)) {
                boolean joins = gold.stream().anyMatch(o -> o != g && p.covers(o));
                return joins ? Kind.JOINED : Kind.OVERRUN;
            }
        }
        if (touching.size() >= 2) {
            return Kind.SPLIT;
        }
        return g.covers(touching.get(0)) ? Kind.UNDERRUN : Kind.CROSSING;
    }

    private void count(String label, Kind kind) {
        counts.computeIfAbsent(label, l -> new EnumMap<>(Kind.class)).merge(kind, 1L, Long::sum);
    }

    private void example(Kind kind, String line) {
        List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < examplesPerKind) {
            list.add(line);
        }
    }

    private static String show(Item i, Function<Item, String> text) {
        return "[" + text.apply(i) + "]/" + i.label();
    }

    /** The counts, per label and class (classes never seen are absent), labels in name order. */
    public Map<String, Map<Kind, Long>> counts() {
        Map<String, Map<Kind, Long>> out = new TreeMap<>();
        counts.forEach((label, byKind) -> out.put(label, Map.copyOf(byKind)));
        return ImmutableSortedMap.copyOf(out);
    }

    /** The count of one class summed over the labels. */
    public long total(Kind kind) {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(kind, 0L)).sum();
    }

    /** The examples kept of one class, in the order met: {@code [gold]/LABEL -> [predicted]/LABEL | ...}. */
    public List<String> examples(Kind kind) {
        return ImmutableList.copyOf(examples.getOrDefault(kind, List.of()));
    }
}
