package org.entitas.model.compact;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Reads the perceptron of a model file straight into a {@link CompactPerceptron}, without OpenNLP's
 * {@code PerceptronModel} in between (one {@code Context} object and two arrays per feature, a hash map of
 * them, then copied into the compact tables: most of the time a name finder model took to load). Other
 * classifiers (GIS, naive Bayes) go to the serializer it wraps. Read only: writing goes to that serializer too.
 *
 * <p>The format is OpenNLP's binary model format: the type name {@code Perceptron}; the outcome names; the
 * outcome patterns, each {@code "count o1 o2 ..."} for {@code count} consecutive features that have weights
 * for the outcomes {@code o1 o2 ...}; the feature names; then each feature's weights, pattern by pattern.
 */
final class PerceptronReader implements ArtifactSerializer<Object> {

    /** The most outcomes, patterns, features or weights a model may declare (a damaged count is an error). */
    private static final int MAX_COUNT = 50_000_000;

    private final ArtifactSerializer<Object> others;

    @SuppressWarnings("unchecked")
    PerceptronReader(ArtifactSerializer<?> others) {
        this.others = (ArtifactSerializer<Object>) others;
    }

    @Override
    public Object create(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(64);
        DataInputStream d = new DataInputStream(buffered);
        String type;
        try {
            type = d.readUTF();
        } catch (IOException e) {
            type = "";
        }
        if (!"Perceptron".equals(type)) {
            buffered.reset();
            return others.create(buffered);
        }
        try {
            return read(d);
        } catch (EOFException e) {
            throw new IOException("the perceptron ends early", e);
        }
    }

    private static CompactPerceptron read(DataInputStream d) throws IOException {
        String[] outcomes = new String[count(d, "outcomes")];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = d.readUTF();
        }
        int patternCount = count(d, "outcome patterns");
        List<int[]> patterns = new ArrayList<>(Math.min(patternCount, 1 << 16));
        int[] featuresOf = new int[patternCount];
        long features = 0;
        long weights = 0;
        int widest = 0;
        for (int p = 0; p < patternCount; p++) {
            String[] parts = d.readUTF().split(" ");
            featuresOf[p] = number(parts[0], MAX_COUNT, "a pattern's feature count");
            if (parts.length - 1 > outcomes.length) {
                throw new IOException("the perceptron has an outcome pattern of " + (parts.length - 1)
                        + " outcomes, more than its " + outcomes.length);
            }
            int[] pattern = new int[parts.length - 1];
            for (int k = 0; k < pattern.length; k++) {
                pattern[k] = number(parts[k + 1], outcomes.length - 1, "an outcome");
            }
            patterns.add(pattern);
            features += featuresOf[p];
            weights += (long) featuresOf[p] * pattern.length;
            widest = Math.max(widest, pattern.length);
        }
        int named = count(d, "features");
        if (named != features || weights > MAX_COUNT) {
            throw new IOException("the outcome patterns cover " + features + " features with " + weights
                    + " weights, the model names " + named + " features");
        }
        // (allocated once the count agrees with the patterns', which the names that follow must then fill)
        String[] names = new String[named];
        for (int i = 0; i < names.length; i++) {
            names[i] = d.readUTF();
        }
        CompactModel.Tables tables = new CompactModel.Tables(outcomes, names.length, (int) weights);
        double[] buffer = new double[widest];
        int feature = 0;
        for (int p = 0; p < patternCount; p++) {
            int[] pattern = patterns.get(p);
            for (int f = 0; f < featuresOf[p]; f++) {
                for (int k = 0; k < pattern.length; k++) {
                    buffer[k] = d.readDouble();
                }
                tables.add(names[feature++], pattern, buffer, pattern.length);
            }
        }
        return new CompactPerceptron(tables);
    }

    private static int count(DataInputStream d, String what) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("the perceptron declares " + n + " " + what + " (at most " + MAX_COUNT + ")");
        }
        return n;
    }

    private static int number(String text, int max, String what) throws IOException {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what was found
        }
        throw new IOException("the perceptron has " + what + " '" + text + "' (0 to " + max + ")");
    }

    @Override
    public void serialize(Object artifact, java.io.OutputStream out) throws IOException {
        others.serialize(artifact, out);
    }
}
