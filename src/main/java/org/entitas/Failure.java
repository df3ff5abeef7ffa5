package org.entitas;

import static java.util.Objects.requireNonNull;

/**
 * An input that could not be read or tagged: its id and the reason. As an {@link Input} it stands for a document
 * that a reader could not read, and a tagging run passes it through, in order, as the {@link Result}. Immutable.
 *
 * @param id the id the document has or would have had (a path, an archive member, a line of a file)
 * @param reason what was wrong, for a person to read
 */
public record Failure(String id, String reason) implements Input, Result {

    /** @throws NullPointerException if an argument is null */
    public Failure {
        requireNonNull(id, "id must not be null");
        requireNonNull(reason, "reason must not be null");
    }

    /**
     * The failure of the input {@code id} in the step {@code what}, caused by {@code cause}; its reason reads
     * {@code id: what: message}, the exception's {@code toString()} standing for a message it does not have.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Failure of(String id, String what, Throwable cause) {
        requireNonNull(what, "what must not be null");
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return new Failure(id, id + ": " + what + ": " + message);
    }
}
