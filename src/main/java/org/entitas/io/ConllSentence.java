package org.entitas.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One sentence of a CoNLL-style file: its tokens and, when the file has them, one IOB2 tag per token.
 * Immutable.
 *
 * @param tokens the tokens
 * @param tags the tags ({@code B-PER}, {@code I-PER}, {@code O}, ...), the same number as tokens, or empty
 *     when the input had no tag column
 */
public record ConllSentence(List<String> tokens, List<String> tags) {

    /** @throws IllegalArgumentException if tags are given but not one per token */
    public ConllSentence {
        tokens = List.copyOf(requireNonNull(tokens, "tokens must not be null"));
        tags = List.copyOf(requireNonNull(tags, "tags must not be null"));
        checkArgument(tags.isEmpty() || tags.size() == tokens.size(),
                "%s tags for %s tokens", tags.size(), tokens.size());
    }
}
