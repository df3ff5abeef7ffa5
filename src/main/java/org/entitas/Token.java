package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A token of a text as the pipeline cuts it: its text and character offsets into the original text, end
 * exclusive. Immutable.
 *
 * @param text the token's text
 * @param start offset of its first character
 * @param end offset after its last character
 */
public record Token(String text, int start, int end) {

    /** @throws IllegalArgumentException if the offsets do not match the text */
    public Token {
        requireNonNull(text, "text must not be null");
        checkArgument(start >= 0 && end - start == text.length() && end > start,
                "token '%s' does not fit [%s, %s)", text, start, end);
    }
}
