package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A document to tag: an identifier and its text. Immutable; may be shared across threads.
 *
 * @param id the document's identifier (a path, an archive member, a record id); not blank
 * @param text the text; may be empty
 */
public record Document(String id, String text) {

    /**
     * @throws NullPointerException if {@code id} or {@code text} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public Document {
        requireNonNull(id, "id must not be null");
        requireNonNull(text, "text must not be null");
        checkArgument(!id.isBlank(), "id must not be blank: '%s'", id);
    }

    /** Returns a document with the given id and text. */
    public static Document of(String id, String text) {
        return new Document(id, text);
    }
}
