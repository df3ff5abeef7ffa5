package org.entitas.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a sentence's IOB2 tags into entity spans over token indices. Stateless and thread-safe.
 *
 * <pre>{@code
 * IobSpans.of(List.of("O", "B-LOC", "B-PER", "I-PER"), Set.of("PER", "LOC"))
 * // [TokenSpan[start=1, end=2, label=LOC], TokenSpan[start=2, end=4, label=PER]]
 * }</pre>
 */
public final class IobSpans {

    private IobSpans() {
    }

    /**
     * A run of tokens {@code [start, end)} carrying one entity label.
     *
     * @param start index of the first token
     * @param end index after the last token
     * @param label the entity label, for example {@code PER}
     */
    public record TokenSpan(int start, int end, String label) {
        /** @throws IllegalArgumentException if the span is empty or negative */
        public TokenSpan {
            checkArgument(start >= 0 && end > start, "bad token span [%s, %s)", start, end);
            requireNonNull(label, "label must not be null");
        }
    }

    /**
     * Returns the entities of one sentence, keeping only the labels given. An {@code I-X} that does not continue
     * an {@code X} starts a new entity.
     */
    public static List<TokenSpan> of(List<String> tags, Set<String> labels) {
        requireNonNull(tags, "tags must not be null");
        requireNonNull(labels, "labels must not be null");
        List<TokenSpan> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = type != null && tag.equals("I-" + type);
            if (!continues && type != null) {
                if (labels.contains(type)) {
                    out.add(new TokenSpan(start, i, type));
                }
                type = null;
            }
            if (!continues && !tag.equals("O")) {
                start = i;
                type = tag.substring(2);
            }
        }
        return out;
    }
}
