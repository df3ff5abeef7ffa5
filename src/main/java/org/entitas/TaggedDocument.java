package org.entitas;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The entities found in one document: its id and its mentions in text order. Immutable; may be shared
 * across threads.
 *
 * @param id the document's identifier
 * @param mentions the mentions, ordered by start offset
 */
public record TaggedDocument(String id, List<Mention> mentions) {

    /** @throws NullPointerException if an argument or a mention is null */
    public TaggedDocument {
        requireNonNull(id, "id must not be null");
        mentions = List.copyOf(requireNonNull(mentions, "mentions must not be null"));
    }
}
