package org.entitas.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that is missing, unreadable, or not the kind of model expected. The message names the file
 * and the expected kind, for example {@code "models/id/id-ner.bin: not a valid model: ... (expected a name
 * finder model)"}. Immutable once thrown.
 */
public class InvalidModelException extends IOException {

    private final String source;
    private final String expectedKind;

    /**
     * @param source the file or resource that failed to load
     * @param expectedKind the kind of model expected, for example {@code "name finder"}
     * @param reason what was wrong
     * @param cause the underlying error, or null
     */
    public InvalidModelException(String source, String expectedKind, String reason, Throwable cause) {
        super(source + ": " + reason + " (expected a " + expectedKind + " model)", cause);
        this.source = source;
        this.expectedKind = expectedKind;
    }

    /** Convenience constructor for a file on disk. */
    public InvalidModelException(Path file, String expectedKind, String reason, Throwable cause) {
        this(file.toString(), expectedKind, reason, cause);
    }

    /** The file or resource that failed to load. */
    public String source() {
        return source;
    }

    /** The kind of model that was expected. */
    public String expectedKind() {
        return expectedKind;
    }
}
