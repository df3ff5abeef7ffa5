package org.entitas.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * Precision, recall and F1 from counts of true positives, predictions and gold items. Immutable.
 *
 * @param truePositives predictions that match a gold item exactly
 * @param predicted all predictions
 * @param gold all gold items
 */
public record Score(long truePositives, long predicted, long gold) {

    /** @throws IllegalArgumentException if a count is negative or the true positives exceed the others */
    public Score {
        checkArgument(truePositives >= 0 && predicted >= 0 && gold >= 0,
                "counts must not be negative: tp=%s predicted=%s gold=%s", truePositives, predicted, gold);
        checkArgument(truePositives <= predicted && truePositives <= gold,
                "true positives %s exceed predicted %s or gold %s", truePositives, predicted, gold);
    }

    /** The share of predictions that are right; 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    /** The share of gold items found; 0 when there are none. */
    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The sum of two scores' counts. */
    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.4f R=%.4f F1=%.4f (tp=%d, predicted=%d, gold=%d)",
                precision(), recall(), f1(), truePositives, predicted, gold);
    }
}
