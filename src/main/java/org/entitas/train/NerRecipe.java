package org.entitas.train;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * How a name finder is trained: learning algorithm, iterations, feature cutoff, feature set, sequence codec,
 * case copies and beam size. Immutable and thread-safe.
 *
 * <pre>{@code
 * NerRecipe r = NerRecipe.named("entitas").withFeatures(FeatureSet.ENTITAS_CUES).withIterations(200);
 * }</pre>
 *
 * @param name a label for reports
 * @param algorithm the learning algorithm
 * @param iterations training iterations, at least 1
 * @param cutoff minimum count of a feature to be kept, at least 0
 * @param features the feature set
 * @param codec how names are encoded as one outcome per token
 * @param caseCopies whether every training sentence is also trained on in all lower case and in all upper
 *     case, so that the model does not depend on capitals alone
 * @param beamSize how many label sequences the name finder keeps while it tags a sentence (stored in the
 *     model; 1 is a greedy left-to-right search), at least 1
 * @param orders how many perceptrons are trained, each on the training sentences in another order (the
 *     first in the order given, the others shuffled within each document), their weights then averaged into
 *     the one model written ({@link ParameterMixing}); at least 1, more than 1 only with the perceptron
 * @param orderSeed which sentence orders: 0 (every named recipe) keeps the first order as given and shuffles
 *     the others with fixed seeds; another number shuffles every order (within each document) with seeds of
 *     its own, so that a result can be measured over several orders; at least 0
 */
public record NerRecipe(String name, Algorithm algorithm, int iterations, int cutoff, FeatureSet features,
        Codec codec, boolean caseCopies, int beamSize, int orders, long orderSeed) {

    /** The recipes that have names: {@code opennlp-default} and {@code entitas} to {@code entitas5}. */
    public static final List<String> NAMES = List.of("opennlp-default", "entitas", "entitas2", "entitas3",
            "entitas4", "entitas5");

    /** How many perceptron orders recipe {@code entitas5} mixes. */
    private static final int ORDERS = 5;

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a number is out of range
     */
    public NerRecipe {
        requireNonNull(name, "name must not be null");
        requireNonNull(algorithm, "algorithm must not be null");
        requireNonNull(features, "features must not be null");
        requireNonNull(codec, "codec must not be null");
        checkArgument(iterations >= 1, "iterations must be at least 1: %s", iterations);
        checkArgument(cutoff >= 0, "cutoff must not be negative: %s", cutoff);
        checkArgument(beamSize >= 1, "beamSize must be at least 1: %s", beamSize);
        checkArgument(orders >= 1, "orders must be at least 1: %s", orders);
        checkArgument(orderSeed >= 0, "orderSeed must not be negative: %s", orderSeed);
        checkArgument(orders == 1 || algorithm == Algorithm.PERCEPTRON,
                "orders above 1 need the perceptron, not %s", algorithm.label());
    }

    /**
     * Returns a named recipe: {@code opennlp-default} is what OpenNLP does with default parameters (maxent,
     * 100 iterations, cutoff 5, default features, BIO, beam 3); {@code entitas} is the project's first
     * recipe (perceptron, 30 iterations, cutoff 0, {@code entitas} features, BIO, beam 3); {@code entitas2} is
     * the one shipped until {@code entitas3}: {@code entitas2} features, lower- and upper-case copies of the training sentences and a
     * greedy search (beam 1), meant to be trained with word clusters ({@code --clusters}); {@code entitas3}, the
     * shipped one until {@code entitas4}, is {@code entitas2} with the project's list of organizations in the
     * gazetteer ({@code entitas3} features); {@code entitas4} has the world lists in the gazetteer instead
     * ({@code entitas4} features, meant to be trained with {@code --world-gazetteers}); {@code entitas5}, the
     * shipped one, is {@code entitas4} with the weights of five perceptrons averaged, each trained on the
     * sentences in another order ({@link #orders()}).
     *
     * @throws IllegalArgumentException if the name is not one of {@link #NAMES} (the message names it)
     */
    public static NerRecipe named(String name) {
        switch (requireNonNull(name, "name must not be null")) {
            case "opennlp-default":
                return new NerRecipe(name, Algorithm.MAXENT, 100, 5, FeatureSet.DEFAULT, Codec.BIO, false, 3, 1, 0);
            case "entitas":
                return new NerRecipe(name, Algorithm.PERCEPTRON, 30, 0, FeatureSet.ENTITAS, Codec.BIO, false, 3, 1, 0);
            case "entitas2":
                return new NerRecipe(name, Algorithm.PERCEPTRON, 30, 0, FeatureSet.ENTITAS2, Codec.BIO, true, 1, 1, 0);
            case "entitas3":
                return new NerRecipe(name, Algorithm.PERCEPTRON, 30, 0, FeatureSet.ENTITAS3, Codec.BIO, true, 1, 1, 0);
            case "entitas4":
                return new NerRecipe(name, Algorithm.PERCEPTRON, 30, 0, FeatureSet.ENTITAS4, Codec.BIO, true, 1, 1, 0);
            case "entitas5":
                return new NerRecipe(name, Algorithm.PERCEPTRON, 30, 0, FeatureSet.ENTITAS4, Codec.BIO, true, 1, ORDERS,
                        0);
            default:
                throw new IllegalArgumentException("unknown recipe '" + name + "'; known: " + NAMES);
        }
    }

    /** Returns this recipe with another algorithm. */
    public NerRecipe withAlgorithm(Algorithm algorithm) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize, orders,
                orderSeed);
    }

    /** Returns this recipe with another number of iterations. */
    public NerRecipe withIterations(int iterations) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize, orders,
                orderSeed);
    }

    /** Returns this recipe with another cutoff. */
    public NerRecipe withCutoff(int cutoff) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize, orders,
                orderSeed);
    }

    /** Returns this recipe with another feature set. */
    public NerRecipe withFeatures(FeatureSet features) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize, orders,
                orderSeed);
    }

    /** Returns this recipe with another codec. */
    public NerRecipe withCodec(Codec codec) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize, orders,
                orderSeed);
    }

    /** Returns this recipe with or without lower- and upper-case copies of the training sentences. */
    public NerRecipe withCaseCopies(boolean caseCopies) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize, orders,
                orderSeed);
    }

    /** Returns this recipe with another beam size. */
    public NerRecipe withBeamSize(int beamSize) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize, orders,
                orderSeed);
    }

    /** Returns this recipe with another number of training orders. */
    public NerRecipe withOrders(int orders) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize, orders,
                orderSeed);
    }

    /** Returns this recipe with other sentence orders ({@link #orderSeed()}). */
    public NerRecipe withOrderSeed(long orderSeed) {
        return new NerRecipe(name, algorithm, iterations, cutoff, features, codec, caseCopies, beamSize, orders,
                orderSeed);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s, %d iterations, cutoff %d, %s features, %s%s, beam %d)", name,
                algorithm.label(), iterations, cutoff, features.label(), codec.label().toUpperCase(Locale.ROOT),
                caseCopies ? ", case copies" : "", beamSize) + (orders > 1 ? ", " + orders + " orders mixed" : "")
                + (orderSeed != 0 ? ", order seed " + orderSeed : "");
    }
}
