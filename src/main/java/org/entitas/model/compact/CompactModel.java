package org.entitas.model.compact;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.AbstractModel;

/**
 * The weights of a trained OpenNLP model ({@code PerceptronModel}, {@code GISModel}), laid out for fast
 * evaluation: one open-addressing table from feature to its weights, in flat arrays, instead of a hash map of
 * feature strings to {@link Context} objects. A name finder looks up tens of features per token in a table of
 * hundreds of thousands; each hash map lookup chases four or five pointers (bucket, node, key, key's
 * characters, context, its arrays), which is where a tagging thread spent a fifth of its time. Here a slot's
 * hash code and weight range share one read, and each weight sits beside its outcome.
 *
 * <p>The sums of a context's weights are those of OpenNLP ({@code ArrayMath.sumFeatures}: the same additions
 * in the same order); a subclass gives the starting value of the sums and turns them into probabilities as
 * its OpenNLP model does. Immutable after construction and thread-safe.
 */
abstract class CompactModel implements MaxentModel {

    private final String[] outcomeNames;
    private final int mask;
    /** Per slot: the feature, or null for an empty slot. */
    private final String[] keys;
    /**
     * Per slot, four ints side by side, so that one memory read finds them: the feature's hash code, where
     * its weights start in {@link #parameters} and where they end (as pair indexes), and 1 for a used slot.
     */
    private final int[] slots;
    /** Pairs: an outcome index, then the bits of its weight ({@link Double#doubleToRawLongBits}). */
    private final long[] parameters;

    /** Copies the weights of {@code model}. */
    CompactModel(AbstractModel model) {
        this(tables(requireNonNull(model, "model must not be null")));
    }

    /** Takes the filled tables (which must not be used afterwards). */
    CompactModel(Tables tables) {
        outcomeNames = tables.outcomeNames;
        mask = tables.mask;
        keys = tables.keys;
        slots = tables.slots;
        parameters = tables.parameters;
    }

    private static Tables tables(AbstractModel model) {
        Object[] data = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        int total = 0;
        for (Context c : pmap.values()) {
            total += c.getOutcomes().length;
        }
        Tables tables = new Tables(((String[]) data[2]).clone(), pmap.size(), total);
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            int[] outcomes = e.getValue().getOutcomes();
            tables.add(e.getKey(), outcomes, e.getValue().getParameters(), outcomes.length);
        }
        return tables;
    }

    /** A compact model's tables while they are filled, one feature at a time. Not thread-safe. */
    static final class Tables {
        final String[] outcomeNames;
        final int mask;
        final String[] keys;
        final int[] slots;
        final long[] parameters;
        private int at;

        /** Room for {@code features} features with {@code weights} weights in all. */
        Tables(String[] outcomeNames, int features, int weights) {
            this.outcomeNames = outcomeNames;
            int capacity = Integer.highestOneBit(Math.max(4, features * 2 - 1)) << 1;
            mask = capacity - 1;
            keys = new String[capacity];
            slots = new int[capacity * 4];
            parameters = new long[weights * 2];
        }

        /** Adds a feature and the weights of its outcomes (the first {@code n} of the two arrays). */
        void add(String key, int[] outcomes, double[] weights, int n) {
            int start = begin(key);
            for (int k = 0; k < n; k++) {
                parameters[2 * at] = outcomes[k];
                parameters[2 * at + 1] = Double.doubleToRawLongBits(weights[k]);
                at++;
            }
            end(start);
        }

        /**
         * Adds a feature and the weights of all its outcomes, given as raw bits ({@link Double#doubleToRawLongBits})
         * from {@code bits[from]} on.
         */
        void add(String key, int[] outcomes, long[] bits, int from) {
            int start = begin(key);
            for (int k = 0; k < outcomes.length; k++) {
                parameters[2 * at] = outcomes[k];
                parameters[2 * at + 1] = bits[from + k];
                at++;
            }
            end(start);
        }

        /** Takes a free slot for {@code key}; returns where its four ints start. */
        private int begin(String key) {
            int h = key.hashCode();
            int slot = spread(h) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            slots[4 * slot] = h;
            slots[4 * slot + 1] = at;
            return 4 * slot;
        }

        private void end(int start) {
            slots[start + 2] = at;
            slots[start + 3] = 1;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Where a feature's four ints start in {@link #slots}, or -1 when the model does not know it. */
    private int slot(String feature) {
        if (feature == null) {
            return -1;
        }
        int h = feature.hashCode();
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int at = 4 * slot;
            if (slots[at + 3] == 0) {
                return -1;
            }
            if (slots[at] == h && keys[slot].equals(feature)) {
                return at;
            }
        }
    }

    @Override
    public double[] eval(String[] context) {
        return evaluate(context, null, new double[outcomeNames.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return evaluate(context, null, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return evaluate(context, values, new double[outcomeNames.length]);
    }

    /** Sets each outcome's sum before the context's weights are added (the first {@code n} of the array). */
    abstract void start(double[] sums, int n);

    /** Turns the sums of the {@code n} outcomes into their probabilities, in place. */
    abstract void normalise(double[] sums, int n);

    private double[] evaluate(String[] context, float[] values, double[] sums) {
        start(sums, outcomeNames.length);
        for (int i = 0; i < context.length; i++) {
            int at = slot(context[i]);
            if (at >= 0) {
                double value = values == null ? 1 : values[i];
                for (int k = 2 * slots[at + 1], end = 2 * slots[at + 2]; k < end; k += 2) {
                    sums[(int) parameters[k]] += Double.longBitsToDouble(parameters[k + 1]) * value;
                }
            }
        }
        normalise(sums, outcomeNames.length);
        return sums;
    }

    @Override
    public String getBestOutcome(double[] probs) {
        int best = 0;
        for (int i = 1; i < probs.length; i++) {
            if (probs[i] > probs[best]) {
                best = i;
            }
        }
        return outcomeNames[best];
    }

    @Override
    public String getAllOutcomes(double[] probs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < outcomeNames.length; i++) {
            sb.append(i == 0 ? "" : "  ").append(outcomeNames[i])
                    .append(String.format(Locale.ROOT, "[%.4f]", i < probs.length ? probs[i] : Double.NaN));
        }
        return sb.toString();
    }

    @Override
    public String getOutcome(int i) {
        return outcomeNames[i];
    }

    @Override
    public int getIndex(String outcome) {
        for (int i = 0; i < outcomeNames.length; i++) {
            if (outcomeNames[i].equals(outcome)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getNumOutcomes() {
        return outcomeNames.length;
    }
}
