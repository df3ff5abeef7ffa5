package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One sentence of a tagged text: where it is and its tokens. Offsets are {@code String} indices (UTF-16 code units)
 * into the document's text, end exclusive. Immutable.
 *
 * @param start offset of the sentence's first character
 * @param end offset after its last character
 * @param tokens its tokens, in order, each inside {@code [start, end)}
 */
public record Sentence(int start, int end, List<Token> tokens) {

    /**
     * @throws NullPointerException if {@code tokens} or a token is null
     * @throws IllegalArgumentException if the offsets are out of order or a token lies outside the sentence
     */
    public Sentence {
        checkArgument(start >= 0 && end >= start, "sentence [%s, %s) is not a span", start, end);
        tokens = List.copyOf(requireNonNull(tokens, "tokens must not be null"));
        int last = start;
        for (Token t : tokens) {
            checkArgument(t.start() >= last && t.end() <= end, "token %s is not in order inside [%s, %s)", t, start,
                    end);
            last = t.end();
        }
    }

    /** The sentence's text, cut from the text of its document. */
    public String text(String documentText) {
        return documentText.substring(start, end);
    }
}
