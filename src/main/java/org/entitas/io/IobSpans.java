package org.entitas.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.Sentence;
import org.entitas.TaggedDocument;
import org.entitas.Token;

/**
 * The IOB2 codec: a sentence's tags ({@code B-PER}, {@code I-PER}, {@code O}) into entity spans over token
 * indices, and a tagged document's mentions into tags. Stateless and thread-safe.
 *
 * <pre>{@code
 * IobSpans.of(List.of("O", "B-LOC", "B-PER", "I-PER"), Set.of("PER", "LOC"))
 * // [TokenSpan[start=1, end=2, label=LOC], TokenSpan[start=2, end=4, label=PER]]
 * }</pre>
 */
public final class IobSpans {

    private static final Pattern TAG = Pattern.compile("O|[BI]-[A-Za-z][A-Za-z0-9_]*");

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
            requireNonNull(label, "label must not be null");
            checkArgument(start >= 0 && end > start, "bad token span [%s, %s)", start, end);
        }
    }

    /**
     * A corpus tag in the form the project uses: the label normalised ({@code B-PERSON}, {@code B-per} and
     * {@code B-PER} are all {@code B-PER}), and an {@code I-X} that does not continue an entity of type {@code X}
     * (the tag before it is {@code O} or of another type) made {@code B-X}.
     *
     * @param tag the tag as written
     * @param previous the tag before it in the sentence, normalised ({@code O} at the start)
     * @throws IllegalArgumentException if {@code tag} is not an IOB2 tag, or its label not a type name
     */
    public static String normalise(String tag, String previous) {
        requireNonNull(tag, "tag must not be null");
        requireNonNull(previous, "previous must not be null");
        checkArgument(TAG.matcher(tag).matches(), "not an IOB2 tag: '%s'", tag);
        if (tag.equals("O")) {
            return tag;
        }
        String label = EntityType.fromLabel(tag.substring(2)).label();
        boolean continues = tag.startsWith("I-") && !previous.equals("O") && previous.substring(2).equals(label);
        return (tag.startsWith("B-") || !continues ? "B-" : "I-") + label;
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

    /**
     * The IOB2 tags of a tagged document, sentence by sentence, one per token: {@code B-} and the type's label
     * ({@link org.entitas.EntityType#label()}) on the token where a mention starts, {@code I-} on the tokens it
     * goes on over, {@code O} elsewhere.
     */
    public static List<List<String>> tags(TaggedDocument document) {
        requireNonNull(document, "document must not be null");
        List<Mention> mentions = document.mentions();
        List<List<String>> out = new ArrayList<>(document.sentences().size());
        int m = 0;
        for (Sentence sentence : document.sentences()) {
            String[] tags = new String[sentence.tokens().size()];
            Arrays.fill(tags, "O");
            for (int t = 0; t < tags.length; t++) {
                Token token = sentence.tokens().get(t);
                while (m < mentions.size() && mentions.get(m).end() <= token.start()) {
                    m++;
                }
                if (m < mentions.size() && mentions.get(m).start() <= token.start()) {
                    Mention mention = mentions.get(m);
                    tags[t] = (mention.start() == token.start() ? "B-" : "I-") + mention.type().label();
                }
            }
            out.add(List.of(tags));
        }
        return out;
    }
}
