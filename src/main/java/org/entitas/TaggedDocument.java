package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The entities found in one document: its id, its mentions in text order, and the number of tokens the
 * document was cut into. Immutable; may be shared across threads.
 *
 * @param id the document's identifier
 * @param mentions the mentions, ordered by start offset
 * @param tokens the number of tokens in the document
 */
public record TaggedDocument(String id, List<Mention> mentions, int tokens) {

    /**
     * @throws NullPointerException if an argument or a mention is null
     * @throws IllegalArgumentException if {@code tokens} is negative
     */
    public TaggedDocument {
        requireNonNull(id, "id must not be null");
        mentions = List.copyOf(requireNonNull(mentions, "mentions must not be null"));
        checkArgument(tokens >= 0, "tokens must not be negative: %s", tokens);
    }
}
