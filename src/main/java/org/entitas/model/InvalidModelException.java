package org.entitas.model;

import java.nio.file.Path;

/**
 * A model file that is there and readable but is not a model of the kind expected: empty, not an OpenNLP
 * model, truncated, or a model of another kind. The message names the file, what is wrong and the kind
 * expected, for example {@code "my-ner.bin: not an OpenNLP model: not a zip archive (expected a name finder
 * model)"}. Unchecked, as is the {@link java.io.UncheckedIOException} that model loading throws for a file or
 * directory that cannot be read at all. Immutable once thrown.
 */
public class InvalidModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

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
