package org.entitas.model;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.entitas.model.compact.CompactModels;

/**
 * A trained model's weights, for code that builds a model from others ({@code train}'s parameter mixing).
 * OpenNLP gives them only through {@code AbstractModel.getDataStructures()}, an array read by position; the
 * project reads that array in one place, which checks its layout and fails with what to re-check when an
 * OpenNLP upgrade changes it. Stateless and thread-safe.
 */
public final class ModelWeights {

    private ModelWeights() {
    }

    /**
     * The model's features and, for each, its outcomes and weights: OpenNLP's own map, not a copy.
     *
     * @throws IllegalStateException if this OpenNLP lays a model's data out otherwise than expected
     */
    public static Map<String, Context> features(AbstractModel model) {
        return CompactModels.features(model);
    }

    /**
     * A copy of the model's outcome names, in outcome order.
     *
     * @throws IllegalStateException if this OpenNLP lays a model's data out otherwise than expected
     */
    public static String[] outcomes(AbstractModel model) {
        return CompactModels.outcomes(model);
    }
}
