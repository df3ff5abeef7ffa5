package org.entitas;

/**
 * What a tagging run gives for one input: the {@link TaggedDocument}, or the {@link Failure} saying why there is
 * none. Implementations are immutable.
 *
 * <pre>{@code
 * switch (result) {
 *     case TaggedDocument t -> write(t);      // with Java 21; on 17, instanceof
 *     case Failure f -> log(f.id(), f.reason());
 * }
 * }</pre>
 */
public sealed interface Result permits TaggedDocument, Failure {

    /** The id of the input this is the result of. */
    String id();
}
