package org.entitas.train;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * How a name finder is trained: learning algorithm, iterations, feature cutoff, feature set and sequence
 * codec. Immutable.
 *
 * <pre>{@code
 * NerRecipe r = NerRecipe.named("entitas").withIterations(200);
 * }</pre>
 *
 * @param name a label for reports
 * @param algorithm {@code PERCEPTRON}, {@code MAXENT} (GIS) or {@code MAXENT_QN} (L-BFGS with L1 and L2
 *     regularisation, OpenNLP's defaults of 0.1 each)
 * @param iterations training iterations, at least 1
 * @param cutoff minimum count of a feature to be kept, at least 0
 * @param features {@code default} (OpenNLP's default feature set), {@code entitas} (the default set plus
 *     typed gazetteer features and affixes), {@code entitas-cues} ({@code entitas} plus the cue word lists of
 *     {@link CueLists}: titles, organization heads and place cues, as gazetteer types) or {@code entitas2}
 *     ({@code entitas-cues} plus sentence case features)
 * @param codec {@code bio} or {@code bilou}
 * @param caseCopies whether every training sentence is also trained on in all lower case and in all upper
 *     case, so that the model does not depend on capitals alone
 * @param beamSize how many label sequences the name finder keeps while it tags a sentence (stored in the
 *     model; 1 is a greedy left-to-right search), at least 1
 *
 * <p>Immutable and thread-safe.
 */
public record NerRecipe(String name, String algorithm, int iterations, int cutoff, String features, String codec,
        boolean caseCopies, int beamSize) {

    /** The learning algorithms a recipe may use. */
    public static final List<String> ALGORITHMS = List.of("PERCEPTRON", "MAXENT", "MAXENT_QN");

    /** The feature sets a recipe may use. */
    public static final List<String> FEATURES = List.of("default", "entitas", "entitas-cues", "entitas2");

    /** The recipes that have names: {@code opennlp-default}, {@code entitas} and {@code entitas2}. */
    public static final List<String> NAMES = List.of("opennlp-default", "entitas", "entitas2");

    /**
     * @throws IllegalArgumentException if a field is out of range or unknown
     */
    public NerRecipe {
        requireNonNull(name, "name must not be null");
        algorithm = requireNonNull(algorithm, "algorithm must not be null").toUpperCase(Locale.ROOT);
        features = requireNonNull(features, "features must not be null").toLowerCase(Locale.ROOT);
        codec = requireNonNull(codec, "codec must not be null").toLowerCase(Locale.ROOT);
        checkArgument(ALGORITHMS.contains(algorithm), "algorithm must be one of %s: %s", ALGORITHMS, algorithm);
        checkArgument(iterations >= 1, "iterations must be at least 1: %s", iterations);
        checkArgument(cutoff >= 0, "cutoff must not be negative: %s", cutoff);
        checkArgument(FEATURES.contains(features), "features must be one of %s: %s", FEATURES, features);
        checkArgument(beamSize >= 1, "beamSize must be at least 1: %s", beamSize);
        checkArgument(codec.equals("bio") || codec.equals("bilou"), "codec must be 'bio' or 'bilou': %s", codec);
    }

    /**
     * Returns a named recipe: {@code opennlp-default} is what OpenNLP does with default parameters (maxent,
     * 100 iterations, cutoff 5, default features, BIO, beam 3); {@code entitas} is the project's first
     * recipe (perceptron, 30 iterations, cutoff 0, {@code entitas} features, BIO, beam 3); {@code entitas2} is
     * the shipped one: {@code entitas2} features, lower- and upper-case copies of the training sentences and a
     * greedy search (beam 1: a third of the model evaluations for 0.2 points of mean dev F1), meant to be
     * trained with word clusters ({@code --clusters}).
     *
     * @throws IllegalArgumentException if the name is not one of {@link #NAMES}
     */
    public static NerRecipe named(String name) {
        switch (requireNonNull(name, "name must not be null")) {
            case "opennlp-default": return new NerRecipe(name, "MAXENT", 100, 5, "default", "bio", false, 3);
            case "entitas": return new NerRecipe(name, "PERCEPTRON", 30, 0, "entitas", "bio", false, 3);
            case "entitas2": return new NerRecipe(name, "PERCEPTRON", 30, 0, "entitas2", "bio", true, 1);
            default: throw new IllegalArgumentException("unknown recipe '" + name + "'; known: " + NAMES);
        }
    }

    /** Whether this recipe uses gazetteer features. */
    public boolean usesGazetteer() {
        return !features.equals("default");
    }

    /** Whether this recipe adds the cue word lists (titles, organization heads, place cues) to the gazetteer. */
    public boolean usesCues() {
        return features.equals("entitas-cues") || features.equals("entitas2");
    }

    /** The feature descriptor resource of a recipe that uses gazetteer features. */
    String descriptorResource() {
        return features.equals("entitas2") ? "ner-entitas2-features.xml" : "ner-entitas-features.xml";
    }

    /** Returns this recipe with another algorithm. */
    public NerRecipe withAlgorithm(String algorithm) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize);
    }

    /** Returns this recipe with another iterations. */
    public NerRecipe withIterations(int iterations) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize);
    }

    /** Returns this recipe with another cutoff. */
    public NerRecipe withCutoff(int cutoff) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize);
    }

    /** Returns this recipe with another features. */
    public NerRecipe withFeatures(String features) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize);
    }

    /** Returns this recipe with another codec. */
    public NerRecipe withCodec(String codec) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize);
    }

    /** Returns this recipe with or without lower- and upper-case copies of the training sentences. */
    public NerRecipe withCaseCopies(boolean caseCopies) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize);
    }

    /** Returns this recipe with another beam size. */
    public NerRecipe withBeamSize(int beamSize) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s, %d iterations, cutoff %d, %s features, %s%s, beam %d)", name,
                algorithm, iterations, cutoff, features, codec.toUpperCase(Locale.ROOT),
                caseCopies ? ", case copies" : "", beamSize);
    }
}
