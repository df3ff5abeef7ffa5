package org.entitas.model;

import static java.util.Objects.requireNonNull;

import java.util.function.DoubleUnaryOperator;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * How a name finder's raw scores become probabilities that a mention is right: the logistic function
 * {@code p = 1 / (1 + exp(-(slope * score + intercept)))}, its two numbers stored in the model's manifest
 * under {@value #SLOPE} and {@value #INTERCEPT}. Training fits and writes them
 * ({@code org.entitas.train.ConfidenceCalibration}); the engine reads them here. Stateless and thread-safe.
 */
public final class Calibration {

    /** Manifest property holding the slope. */
    public static final String SLOPE = "entitas-confidence-slope";
    /** Manifest property holding the intercept. */
    public static final String INTERCEPT = "entitas-confidence-intercept";

    private Calibration() {
    }

    /** The calibrated probability of a raw score. */
    public static double probability(double slope, double intercept, double score) {
        return 1 / (1 + Math.exp(-(slope * score + intercept)));
    }

    /**
     * The calibration stored in the manifest of {@code model}, or the raw scores unchanged when it has none.
     *
     * @throws NumberFormatException if a stored number is not a number
     */
    public static DoubleUnaryOperator of(TokenNameFinderModel model) {
        requireNonNull(model, "model must not be null");
        String slope = model.getManifestProperty(SLOPE);
        String intercept = model.getManifestProperty(INTERCEPT);
        if (slope == null || intercept == null) {
            return DoubleUnaryOperator.identity();
        }
        double a = Double.parseDouble(slope);
        double b = Double.parseDouble(intercept);
        return x -> probability(a, b, x);
    }
}
