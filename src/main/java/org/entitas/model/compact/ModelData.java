package org.entitas.model.compact;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * What this package reads of an OpenNLP {@link AbstractModel}. OpenNLP gives a model's weights only through
 * {@code getDataStructures()}, an array read by position: {@code [1]} maps each feature to its {@link Context} (its
 * outcomes and weights), {@code [2]} holds the outcome names in outcome order. It is read here alone, and checked,
 * so that an OpenNLP whose layout differs fails at once with {@link #RECHECK} instead of a
 * {@code ClassCastException} or wrong weights. {@code ModelDataLayoutTest} pins the layout on models OpenNLP trains.
 * Stateless and thread-safe.
 */
final class ModelData {

    /** What to re-check when OpenNLP is upgraded and the layout no longer holds. */
    static final String RECHECK = "OpenNLP's AbstractModel.getDataStructures() no longer holds the feature map"
            + " (Map<String, Context>) at [1] and the outcome names (String[]) at [2]: re-check ModelData,"
            + " CompactModel (the sums of PerceptronModel.eval and GISModel.eval) and PerceptronReader (the"
            + " perceptron's file layout) against the new OpenNLP before using it";

    private ModelData() {
    }

    /**
     * The model's features and, for each, its outcomes and weights.
     *
     * @throws IllegalStateException with {@link #RECHECK} if the layout is not the one expected
     */
    @SuppressWarnings("unchecked")
    static Map<String, Context> features(AbstractModel model) {
        Object[] data = model.getDataStructures();
        if (data.length < 3 || !(data[1] instanceof Map<?, ?> features)) {
            throw new IllegalStateException(RECHECK + " (found " + describe(data) + ")");
        }
        for (Map.Entry<?, ?> e : features.entrySet()) {
            if (!(e.getKey() instanceof String) || !(e.getValue() instanceof Context)) {
                throw new IllegalStateException(RECHECK + " (found a map entry " + e.getKey().getClass().getName()
                        + " -> " + e.getValue().getClass().getName() + ")");
            }
            break;
        }
        return (Map<String, Context>) features;
    }

    /**
     * A copy of the model's outcome names, in outcome order.
     *
     * @throws IllegalStateException with {@link #RECHECK} if the layout is not the one expected
     */
    static String[] outcomes(AbstractModel model) {
        Object[] data = model.getDataStructures();
        if (data.length < 3 || !(data[2] instanceof String[] names) || names.length != model.getNumOutcomes()) {
            throw new IllegalStateException(RECHECK + " (found " + describe(data) + ")");
        }
        return names.clone();
    }

    private static String describe(Object[] data) {
        StringBuilder s = new StringBuilder(data.length + " structures:");
        for (Object o : data) {
            s.append(' ').append(o == null ? "null" : o.getClass().getName());
        }
        return s.toString();
    }
}
