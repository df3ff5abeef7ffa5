package org.entitas.model.compact;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
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
    /**
     * The features' characters, one after another, each preceded by its length: a slot points into it, so that
     * checking a feature reads one array near the slot's neighbours rather than a {@code String} object and its
     * bytes elsewhere on the heap (two memory reads fewer per feature, on tables larger than the caches).
     */
    private final char[] keys;
    /**
     * Per slot, four ints side by side, so that one memory read finds them: the feature's hash code, where its
     * characters start in {@link #keys} plus one (0 for an empty slot), and where its weights start in
     * {@link #parameters} and where they end (as pair indexes).
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
        keys = Arrays.copyOf(tables.keys, tables.keyEnd);
        slots = tables.slots;
        parameters = tables.parameters;
    }

    private static Tables tables(AbstractModel model) {
        Map<String, Context> pmap = ModelData.features(model);
        int total = 0;
        for (Context c : pmap.values()) {
            total += c.getOutcomes().length;
        }
        long chars = 0;
        for (String feature : pmap.keySet()) {
            chars += feature.length() + 1;
        }
        Tables tables = new Tables(ModelData.outcomes(model), pmap.size(), total, chars);
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            int[] outcomes = e.getValue().getOutcomes();
            tables.add(e.getKey(), outcomes, e.getValue().getParameters(), outcomes.length);
        }
        return tables;
    }

    /** A compact model's tables while they are filled, one feature at a time. Not thread-safe. */
    static final class Tables {
        /** The longest feature name ({@code writeUTF} writes at most 65,535 bytes, so no more characters). */
        static final int MAX_KEY_LENGTH = 0xFFFF;

        final String[] outcomeNames;
        final int mask;
        char[] keys;
        int keyEnd;
        final int[] slots;
        final long[] parameters;
        private int at;

        /**
         * Room for {@code features} features with {@code weights} weights in all, whose names take about
         * {@code keyChars} characters with their lengths (more room is made if they take more).
         */
        Tables(String[] outcomeNames, int features, int weights, long keyChars) {
            this.outcomeNames = outcomeNames;
            int capacity = Integer.highestOneBit(Math.max(4, features * 2 - 1)) << 1;
            mask = capacity - 1;
            keys = new char[(int) Math.min(Math.max(16, keyChars), Integer.MAX_VALUE - 16)];
            slots = new int[capacity * 4];
            parameters = new long[weights * 2];
        }

        /** Adds a feature and the weights of its outcomes (the first {@code n} of the two arrays). */
        void add(String key, int[] outcomes, double[] weights, int n) {
            int start = begin(key.hashCode(), appendKey(key));
            for (int k = 0; k < n; k++) {
                parameters[2 * at] = outcomes[k];
                parameters[2 * at + 1] = Double.doubleToRawLongBits(weights[k]);
                at++;
            }
            end(start);
        }

        /**
         * Adds a feature whose name was appended at {@code key} ({@link #appendKey}, {@link #appendAscii}) and the
         * weights of all its outcomes, given as raw bits ({@link Double#doubleToRawLongBits}) from {@code bits[from]}
         * on.
         */
        void add(int key, int[] outcomes, long[] bits, int from) {
            int start = begin(keyHash(key), key);
            for (int k = 0; k < outcomes.length; k++) {
                parameters[2 * at] = outcomes[k];
                parameters[2 * at + 1] = bits[from + k];
                at++;
            }
            end(start);
        }

        /** Appends a feature name; returns where it starts (its length, then its characters). */
        int appendKey(String key) {
            int n = key.length();
            if (n > MAX_KEY_LENGTH) {
                throw new IllegalArgumentException(
                        "a feature of " + n + " characters (at most " + MAX_KEY_LENGTH + ")");
            }
            int start = reserve(n);
            key.getChars(0, n, keys, start + 1);
            return start;
        }

        /**
         * Appends a feature name given as {@code length} bytes from {@code bytes[offset]} when they are all ASCII, and
         * returns where it starts; returns -1 and appends nothing when a byte is not ASCII.
         */
        int appendAscii(byte[] bytes, int offset, int length) {
            int start = reserve(length);
            for (int i = 0; i < length; i++) {
                byte b = bytes[offset + i];
                if (b < 0) {
                    keyEnd = start;
                    return -1;
                }
                keys[start + 1 + i] = (char) b;
            }
            return start;
        }

        /** Makes room for a name of {@code n} characters and its length; returns where it starts. */
        private int reserve(int n) {
            int start = keyEnd;
            if (start + 1 + n > keys.length) {
                keys = Arrays.copyOf(keys, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(2L * keys.length,
                        start + 1L + n)));
            }
            keys[start] = (char) n;
            keyEnd = start + 1 + n;
            return start;
        }

        /** The hash code of the name at {@code key}, as {@link String#hashCode} computes it. */
        private int keyHash(int key) {
            int h = 0;
            for (int i = key + 1, end = key + 1 + keys[key]; i < end; i++) {
                h = 31 * h + keys[i];
            }
            return h;
        }

        /** Takes a free slot for the name at {@code key}; returns where its four ints start. */
        private int begin(int hash, int key) {
            int slot = spread(hash) & mask;
            while (slots[4 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[4 * slot] = hash;
            slots[4 * slot + 1] = key + 1;
            slots[4 * slot + 2] = at;
            return 4 * slot;
        }

        private void end(int start) {
            slots[start + 3] = at;
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
            int key = slots[at + 1];
            if (key == 0) {
                return -1;
            }
            if (slots[at] == h && sameKey(key - 1, feature)) {
                return at;
            }
        }
    }

    /** Whether the name at {@code key} in {@link #keys} is {@code feature}. */
    private boolean sameKey(int key, String feature) {
        int n = feature.length();
        if (keys[key] != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (keys[key + 1 + i] != feature.charAt(i)) {
                return false;
            }
        }
        return true;
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
                for (int k = 2 * slots[at + 2], end = 2 * slots[at + 3]; k < end; k += 2) {
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
