package org.entitas.train;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One of a fixed set of training choices ({@link Algorithm}, {@link FeatureSet}, {@link Codec}) with the label
 * it has on the command line and in reports. Labels are matched without regard to case, as the command line
 * always has.
 *
 * <pre>{@code
 * FeatureSet f = Choice.parse(FeatureSet.class, "feature set", "entitas-cues");   // ENTITAS_CUES
 * }</pre>
 *
 * <p>Implementations are enums, immutable and thread-safe.
 */
public interface Choice {

    /** The label of this choice: {@code entitas-cues}, {@code bio}, {@code PERCEPTRON}. */
    String label();

    /** The labels of every choice of {@code type}, in declaration order. */
    static <E extends Enum<E> & Choice> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::label).toList();
    }

    /**
     * The choice of {@code type} whose label is {@code label}, case aside.
     *
     * @param what what the choice is, for the message ({@code "feature set"})
     * @throws IllegalArgumentException if no choice has that label (the message names it and the labels)
     */
    static <E extends Enum<E> & Choice> E parse(Class<E> type, String what, String label) {
        requireNonNull(label, what + " must not be null");
        for (E e : type.getEnumConstants()) {
            if (e.label().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + label + "'; known: " + labels(type));
    }
}
