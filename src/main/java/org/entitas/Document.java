package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A document to tag: an identifier, its text, and the other fields of the record it came from. Immutable; may be
 * shared across threads.
 *
 * <pre>{@code
 * Document doc = Document.of("berita-001", "Presiden Rusia Vladimir Putin tiba di Pyongyang.");
 * }</pre>
 *
 * @param id the document's identifier (a path, an archive member, a record id); not blank
 * @param text the text; may be empty
 * @param fields the other fields of the input record, by name, each a JSON value as written in the input
 *     ({@code "\"https://...\""}, {@code "42"}); carried through to JSON Lines output; empty for plain text
 */
public record Document(String id, String text, Map<String, String> fields) implements Input {

    /**
     * @throws NullPointerException if an argument, a field name or a field value is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public Document {
        requireNonNull(id, "id must not be null");
        requireNonNull(text, "text must not be null");
        checkArgument(!id.isBlank(), "id must not be blank: '%s'", id);
        fields = ImmutableMap.copyOf(requireNonNull(fields, "fields must not be null"));
    }

    /** Returns a document with the given id and text and no other fields. */
    public static Document of(String id, String text) {
        return new Document(id, text, Map.of());
    }
}
