package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One mention of a named entity in a text: its type, the text it covers, where it is and how sure the
 * model is.
 *
 * <p>{@code start} and {@code end} are character offsets ({@code String} indices) into the original text,
 * end exclusive, so that {@code text.substring(start, end)} equals {@link #text()}. Instances are immutable
 * and may be shared across threads.
 *
 * @param type the entity type
 * @param text the covered text
 * @param start offset of the first character
 * @param end offset after the last character
 * @param confidence the model's probability for this mention, in [0, 1]
 * @param sentence index of the sentence in the document, from 0
 */
public record Mention(EntityType type, String text, int start, int end, double confidence, int sentence) {

    /**
     * @throws NullPointerException if {@code type} or {@code text} is null
     * @throws IllegalArgumentException if the offsets are negative or do not match the text's length, if the
     *     confidence is outside [0, 1] or the sentence index is negative
     */
    public Mention {
        requireNonNull(type, "type must not be null");
        requireNonNull(text, "text must not be null");
        checkArgument(start >= 0, "start must not be negative: %s", start);
        checkArgument(end > start, "end must be greater than start (%s): %s", start, end);
        checkArgument(end - start == text.length(),
                "text length %s does not match the span [%s, %s): '%s'", text.length(), start, end, text);
        checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1]: %s", confidence);
        checkArgument(sentence >= 0, "sentence must not be negative: %s", sentence);
    }

    /** Returns this mention with its offsets moved by {@code delta} characters. */
    public Mention shift(int delta) {
        return new Mention(type, text, start + delta, end + delta, confidence, sentence);
    }
}
