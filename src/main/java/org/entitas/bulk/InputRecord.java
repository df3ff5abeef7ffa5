package org.entitas.bulk;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.entitas.Document;

/**
 * What reading one input document gave: the {@link Doc} to tag, or the {@link Failure} to record. Immutable.
 */
public sealed interface InputRecord permits InputRecord.Doc, InputRecord.Failure {

    /** The document's stable id. */
    String id();

    /**
     * A document to tag, with the other fields of its JSON record (raw JSON values, in input order) to carry
     * through to the output.
     *
     * @param document the id and text
     * @param fields carried fields: name to raw JSON value; empty for text inputs
     */
    record Doc(Document document, Map<String, String> fields) implements InputRecord {
        public Doc {
            requireNonNull(document, "document must not be null");
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }

        @Override
        public String id() {
            return document.id();
        }
    }

    /**
     * An input that could not be read as a document.
     *
     * @param id the id it would have had (a path, an archive member, a line of a file)
     * @param reason what was wrong
     */
    record Failure(String id, String reason) implements InputRecord {
        public Failure {
            requireNonNull(id, "id must not be null");
            requireNonNull(reason, "reason must not be null");
        }
    }
}
