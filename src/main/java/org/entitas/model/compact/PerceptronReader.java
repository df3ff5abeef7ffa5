package org.entitas.model.compact;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.model.ArtifactSerializer;
import org.entitas.internal.Background;

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
    private final boolean inBackground;

    /** A reader that returns the perceptron it reads. */
    PerceptronReader(ArtifactSerializer<?> others) {
        this(others, false);
    }

    @SuppressWarnings("unchecked")
    private PerceptronReader(ArtifactSerializer<?> others, boolean inBackground) {
        this.others = (ArtifactSerializer<Object>) others;
        this.inBackground = inBackground;
    }

    /**
     * A reader that takes the perceptron's bytes and returns a {@link Background} that reads them on a thread of its
     * own, while the model's other entries (gazetteer, word clusters) are read: the model that uses it must take the
     * perceptron from it before anything else does ({@link CompactNameFinderModel}).
     */
    static PerceptronReader inBackground(ArtifactSerializer<?> others) {
        return new PerceptronReader(others, true);
    }

    @Override
    public Object create(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        ByteBuffer b = ByteBuffer.wrap(bytes);
        String type;
        try {
            type = utf(b);
        } catch (IOException | BufferUnderflowException e) {
            type = "";
        }
        if (!"Perceptron".equals(type)) {
            return others.create(new ByteArrayInputStream(bytes));
        }
        return inBackground ? Background.start("entitas-perceptron-reader", () -> read(b)) : read(b);
    }

    /**
     * Reads the model from one array rather than through a {@code DataInputStream}: feature names are copied or
     * decoded from it, and the weights taken in one bulk copy, where {@code readUTF} and {@code readDouble} went
     * through a stream call for each of 178,000 names and 460,000 weights while the JIT had compiled nothing.
     */
    private static CompactPerceptron read(ByteBuffer b) throws IOException {
        try {
            return readTables(b);
        } catch (BufferUnderflowException e) {
            throw new IOException("the perceptron ends early", e);
        }
    }

    private static CompactPerceptron readTables(ByteBuffer b) throws IOException {
        String[] outcomes = new String[count(b, "outcomes")];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = utf(b);
        }
        int patternCount = count(b, "outcome patterns");
        List<int[]> patterns = new ArrayList<>(Math.min(patternCount, 1 << 16));
        int[] featuresOf = new int[patternCount];
        long features = 0;
        long weights = 0;
        for (int p = 0; p < patternCount; p++) {
            String[] parts = utf(b).split(" ");
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
        }
        int named = count(b, "features");
        if (named != features || weights > MAX_COUNT) {
            throw new IOException("the outcome patterns cover " + features + " features with " + weights
                    + " weights, the model names " + named + " features");
        }
        if (named > b.remaining() / 2) {
            throw new BufferUnderflowException();
        }
        // each name's fingerprint (allocated once the count agrees with the patterns' and each name has its two bytes
        // of length left); no String is kept for an ASCII name, and the tables keep no name at all
        CompactModel.Tables tables = new CompactModel.Tables(outcomes, named, (int) weights);
        long[] fingerprints = new long[named];
        for (int i = 0; i < named; i++) {
            if (b.remaining() < 2) {
                throw new BufferUnderflowException();
            }
            int length = b.getShort(b.position()) & 0xFFFF;
            if (b.remaining() < 2 + length) {
                throw new BufferUnderflowException();
            }
            long fingerprint = CompactModel.fingerprintAscii(b.array(), b.position() + 2, length);
            if (fingerprint == 0) {
                fingerprint = CompactModel.fingerprint(utf(b));
            } else {
                b.position(b.position() + 2 + length);
            }
            fingerprints[i] = fingerprint;
        }
        // the weights, feature by feature, each pattern's outcomes in turn: as raw bits, which is how the tables keep
        // them (an array view of longs is one bulk copy, one of doubles is not)
        if (b.remaining() < 8 * weights) {
            throw new BufferUnderflowException();
        }
        long[] bits = new long[(int) weights];
        b.asLongBuffer().get(bits);
        int feature = 0;
        int at = 0;
        for (int p = 0; p < patternCount; p++) {
            int[] pattern = patterns.get(p);
            for (int f = 0; f < featuresOf[p]; f++) {
                tables.add(fingerprints[feature], feature, pattern, bits, at);
                feature++;
                at += pattern.length;
            }
        }
        return new CompactPerceptron(tables);
    }

    /**
     * Reads a string as {@code DataOutputStream.writeUTF} writes it (two bytes of length, then modified UTF-8). The
     * bytes are decoded as UTF-8, which is the same for every string but those with U+0000 or a character outside
     * the Basic Multilingual Plane, where the decoder finds a malformed sequence (U+FFFD); those, and a string that
     * does hold U+FFFD, are decoded again by {@code DataInputStream.readUTF}.
     */
    private static String utf(ByteBuffer b) throws IOException {
        int length = b.getShort() & 0xFFFF;
        if (b.remaining() < length) {
            throw new BufferUnderflowException();
        }
        int at = b.position();
        String s = new String(b.array(), at, length, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            s = new DataInputStream(new ByteArrayInputStream(b.array(), at - 2, length + 2)).readUTF();
        }
        b.position(at + length);
        return s;
    }

    private static int count(ByteBuffer b, String what) throws IOException {
        int n = b.getInt();
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
    public void serialize(Object artifact, OutputStream out) throws IOException {
        others.serialize(artifact, out);
    }
}
