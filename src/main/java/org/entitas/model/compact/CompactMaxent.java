package org.entitas.model.compact;

import java.util.Arrays;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A {@link GISModel}'s weights, evaluated through a {@link CompactModel}, for the sentence detector and the
 * tokenizer, which evaluate their model once per candidate sentence end and once per character of a word with
 * punctuation. It computes exactly what {@link GISModel#eval} computes for a model with OpenNLP's uniform prior
 * (every model OpenNLP reads from a file): the logarithm of one over the number of outcomes, plus the same
 * weights in the same order, then {@code StrictMath.exp} and the same division, so the probabilities are
 * equal to the last bit ({@code CompactMaxentTest}). It is an {@link AbstractModel} because OpenNLP's
 * tokenizer model accepts no other kind of classifier. Immutable after construction and thread-safe.
 */
final class CompactMaxent extends AbstractModel {

    private final CompactModel table;

    /** Copies the weights of {@code model}. */
    CompactMaxent(GISModel model) {
        super(contexts(model), labels(model), outcomes(model));
        modelType = ModelType.Maxent;
        double uniform = StrictMath.log(1.0 / model.getNumOutcomes());
        table = new CompactModel(model) {
            @Override
            void start(double[] sums, int n) {
                Arrays.fill(sums, 0, n, uniform);
            }

            @Override
            void normalise(double[] sums, int n) {
                double normal = 0;
                for (int o = 0; o < n; o++) {
                    sums[o] = StrictMath.exp(sums[o]);
                    normal += sums[o];
                }
                for (int o = 0; o < n; o++) {
                    sums[o] /= normal;
                }
            }
        };
    }

    private static Context[] contexts(GISModel model) {
        return ModelData.features(model).values().toArray(new Context[0]);
    }

    private static String[] labels(GISModel model) {
        return ModelData.features(model).keySet().toArray(new String[0]);
    }

    private static String[] outcomes(GISModel model) {
        return ModelData.outcomes(model);
    }

    @Override
    public double[] eval(String[] context) {
        return table.eval(context);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return table.eval(context, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return table.eval(context, values);
    }
}
