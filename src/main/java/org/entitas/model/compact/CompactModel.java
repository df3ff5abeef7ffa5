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
 * characters, context, its arrays), which is where a tagging thread spent a fifth of its time.
 *
 * <p>A feature is known by a 64-bit fingerprint of its characters ({@link #fingerprint}), which its slot holds
 * beside its weight range: one memory read finds both, and the feature's characters are neither kept nor
 * compared. Two different features share a fingerprint with a probability of about 2<sup>-64</sup>, so a
 * feature the model does not know is taken for one it knows about once in 10<sup>13</sup> lookups of a model
 * of a million features; two features of the same model that share one are refused when the table is built.
 * Each weight sits beside its outcome.
 *
 * <p>The sums of a context's weights are those of OpenNLP ({@code ArrayMath.sumFeatures}: the same additions
 * in the same order); a subclass gives the starting value of the sums and turns them into probabilities as
 * its OpenNLP model does. Immutable after construction and thread-safe.
 */
abstract class CompactModel implements MaxentModel {

    private final String[] outcomeNames;
    private final int mask;
    /**
     * Per slot, two longs side by side, so that one memory read finds them: the feature's fingerprint (0 for a
     * free slot), and where its weights start in {@link #parameters} (the high 32 bits) and end (the low 32
     * bits), as pair indexes.
     */
    private final long[] slots;
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
        slots = tables.slots;
        parameters = tables.parameters;
    }

    private static Tables tables(AbstractModel model) {
        Map<String, Context> pmap = ModelData.features(model);
        int total = 0;
        for (Context c : pmap.values()) {
            total += c.getOutcomes().length;
        }
        Tables tables = new Tables(ModelData.outcomes(model), pmap.size(), total);
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
        final long[] slots;
        final long[] parameters;
        private int at;

        /** Room for {@code features} features with {@code weights} weights in all. */
        Tables(String[] outcomeNames, int features, int weights) {
            this.outcomeNames = outcomeNames;
            int capacity = Integer.highestOneBit(Math.max(4, features * 2 - 1)) << 1;
            mask = capacity - 1;
            slots = new long[capacity * 2];
            parameters = new long[weights * 2];
        }

        /** Adds a feature and the weights of its outcomes (the first {@code n} of the two arrays). */
        void add(String key, int[] outcomes, double[] weights, int n) {
            int start = begin(fingerprint(key), key, -1);
            for (int k = 0; k < n; k++) {
                parameters[2 * at] = outcomes[k];
                parameters[2 * at + 1] = Double.doubleToRawLongBits(weights[k]);
                at++;
            }
            end(start);
        }

        /**
         * Adds a feature known by its fingerprint ({@link #fingerprint}, {@link #fingerprintAscii}; {@code number}
         * is its place in the model, for the message when two share it) and the weights of all its outcomes,
         * given as raw bits ({@link Double#doubleToRawLongBits}) from {@code bits[from]} on.
         */
        void add(long fingerprint, int number, int[] outcomes, long[] bits, int from) {
            int start = begin(fingerprint, null, number);
            for (int k = 0; k < outcomes.length; k++) {
                parameters[2 * at] = outcomes[k];
                parameters[2 * at + 1] = bits[from + k];
                at++;
            }
            end(start);
        }

        /**
         * Takes a free slot for a fingerprint; returns where its two longs start. The feature's {@code name}, or
         * else its {@code number}, goes into the message if another feature has the same fingerprint.
         */
        private int begin(long fingerprint, String name, int number) {
            int slot = (int) fingerprint & mask;
            while (slots[2 * slot] != 0) {
                if (slots[2 * slot] == fingerprint) {
                    throw new IllegalArgumentException("two features of the model share the fingerprint "
                            + Long.toHexString(fingerprint) + " (the second is "
                            + (name != null ? "'" + name + "'" : "feature number " + number) + ")");
                }
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = fingerprint;
            slots[2 * slot + 1] = (long) at << 32;
            return 2 * slot;
        }

        private void end(int start) {
            slots[start + 1] |= at;
        }
    }

    /**
     * A feature's 64-bit fingerprint: each character mixed into the state by a multiplication and a shift, the
     * state mixed again at the end (the finaliser of MurmurHash3), so that its low bits choose the slot. Never 0,
     * which marks a free slot.
     */
    static long fingerprint(String feature) {
        long h = SEED ^ feature.length();
        for (int i = 0, n = feature.length(); i < n; i++) {
            h = step(h, feature.charAt(i));
        }
        return finish(h);
    }

    /**
     * The {@link #fingerprint} of the feature whose characters are the {@code length} bytes from {@code
     * bytes[offset]}, when they are all ASCII; 0 when one is not.
     */
    static long fingerprintAscii(byte[] bytes, int offset, int length) {
        long h = SEED ^ length;
        for (int i = offset, end = offset + length; i < end; i++) {
            byte b = bytes[i];
            if (b < 0) {
                return 0;
            }
            h = step(h, b);
        }
        return finish(h);
    }

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private static long step(long h, int c) {
        h = (h ^ c) * 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 29);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** {@link #range}'s answer for a feature the model does not know (no feature's weights end before they start). */
    private static final long NONE = -1;

    /**
     * Where the weights of the feature with this fingerprint start (high 32 bits) and end (low 32 bits) in
     * {@link #parameters}, or {@link #NONE} when the model does not know it (or the fingerprint is 0: no feature).
     */
    private long range(long fingerprint) {
        if (fingerprint == 0) {
            return NONE;
        }
        for (int slot = (int) fingerprint & mask; ; slot = (slot + 1) & mask) {
            long f = slots[2 * slot];
            if (f == fingerprint) {
                return slots[2 * slot + 1];
            }
            if (f == 0) {
                return NONE;
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

    /**
     * The sums in three passes over the context: every feature's fingerprint, then every feature's slot, then the
     * weights. The slots of one token's features are independent reads from a table larger than the caches; made
     * one after another in a loop of their own, the processor has several of them under way at once, where
     * interleaved with the hashing and the additions it waits for each.
     */
    private double[] evaluate(String[] context, float[] values, double[] sums) {
        start(sums, outcomeNames.length);
        int n = context.length;
        long[] fingerprints = new long[n];
        for (int i = 0; i < n; i++) {
            fingerprints[i] = context[i] == null ? 0 : fingerprint(context[i]);
        }
        long[] ranges = new long[n];
        for (int i = 0; i < n; i++) {
            ranges[i] = range(fingerprints[i]);
        }
        for (int i = 0; i < n; i++) {
            long range = ranges[i];
            if (range != NONE) {
                double value = values == null ? 1 : values[i];
                for (int k = 2 * (int) (range >>> 32), end = 2 * (int) range; k < end; k += 2) {
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
