package org.entitas.model.compact;

import java.util.Arrays;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * A {@link PerceptronModel}'s weights in a {@link CompactModel}. {@link #eval} gives the probabilities of
 * {@link PerceptronModel#eval}: the same sums in the same order and the same normalisation (the exponential
 * of the sums scaled by the largest magnitude), with {@code Math.exp} where OpenNLP calls the slower
 * {@code StrictMath.exp} (a tenth of the tagging time), so that a probability may differ from OpenNLP's in its
 * last bits ({@code CompactPerceptronTest} allows 1e-12, and finds the same names on the test corpus).
 * Immutable after construction and thread-safe.
 */
final class CompactPerceptron extends CompactModel {

    /** The weights as {@link PerceptronReader} read them. */
    CompactPerceptron(Tables tables) {
        super(tables);
    }

    @Override
    void start(double[] sums, int n) {
        Arrays.fill(sums, 0);
    }

    @Override
    void normalise(double[] sums, int n) {
        double max = 1;
        for (int o = 0; o < n; o++) {
            if (max < Math.abs(sums[o])) {
                max = Math.abs(sums[o]);
            }
        }
        double normal = 0;
        for (int o = 0; o < n; o++) {
            sums[o] = Math.exp(sums[o] / max);
            normal += sums[o];
        }
        for (int o = 0; o < n; o++) {
            sums[o] /= normal;
        }
    }
}
