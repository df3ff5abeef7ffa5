package org.entitas.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Lets a name finder feature descriptor use word cluster features:
 * {@code <generator class="org.entitas.pipeline.ClusterFeatureGeneratorFactory"><str name="dict">clusters-0.clusters</str></generator>},
 * where {@code dict} names a {@link Dictionary} resource stored in the model. OpenNLP's own word cluster
 * dictionary closes the model stream when it is saved, hence this one. A factory is used by one thread at a
 * time.
 * Frozen name: model files name this class (and their manifests its {@code Serializer}) and OpenNLP
 * instantiates it by that name, so it stays public, in this package, under this name (see the package
 * documentation; {@code FrozenClassNamesTest} checks).
 */
public final class ClusterFeatureGeneratorFactory extends ResourceFeatureGeneratorFactory<ClusterFeatureGeneratorFactory.Dictionary> {

    /** Instantiated by OpenNLP when a descriptor names this class. */
    public ClusterFeatureGeneratorFactory() {
        super(Dictionary.class, "word cluster resource");
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        Dictionary resource = resource();
        String name = getStr("dict");
        String prefix = name.endsWith(".clusters") ? name.substring(0, name.length() - ".clusters".length()) : name;
        return new ClusterFeatureGenerator(resource, prefix);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new Serializer());
    }

    /**
     * Lower-cased words and their clusters, stored in a model as UTF-8 {@code word cluster} lines. Immutable
     * and thread-safe.
     *
     * <p>Held as one open-addressing table in flat arrays rather than a hash map: a name finder looks up every
     * token once per cluster file, in tables of tens of thousands of words, and a hash map's lookup reads its
     * bucket, node, key and the key's bytes from four places on the heap. Here a slot holds the word's hash
     * code, where its characters start and its cluster's number side by side, and the characters lie in one
     * array.
     */
    public static final class Dictionary implements SerializableArtifact {
        /** The distinct clusters, numbered in the order they were first met. */
        private final String[] clusterNames;
        private final int mask;
        /** Per slot: the word's hash code ({@link String#hashCode}), its start in {@link #keys} plus one (0 for a
         * free slot) and its cluster's number. */
        private final int[] slots;
        /** The words' characters, each word preceded by its length. */
        private final char[] keys;
        private final int size;

        /** Copies a word-to-cluster map; words are expected lower-cased, without white space. */
        public Dictionary(Map<String, String> clusters) {
            this(table(clusters));
        }

        private Dictionary(Table t) {
            clusterNames = t.clusterNames.toArray(new String[0]);
            mask = t.mask;
            slots = t.slots;
            keys = Arrays.copyOf(t.keys, t.keyEnd);
            size = t.size;
        }

        private static Table table(Map<String, String> clusters) {
            long chars = 0;
            for (String w : clusters.keySet()) {
                chars += requireNonNull(w, "a word must not be null").length() + 1;
            }
            Table t = new Table(clusters.size(), chars);
            for (Map.Entry<String, String> e : clusters.entrySet()) {
                t.put(requireNonNull(e.getKey(), "a word must not be null"),
                        requireNonNull(e.getValue(), "a cluster must not be null"));
            }
            return t;
        }

        /** The table while it is filled. Not thread-safe. */
        private static final class Table {
            final List<String> clusterNames = new ArrayList<>();
            final Map<String, Integer> clusterNumbers = new HashMap<>();
            final int mask;
            final int[] slots;
            char[] keys;
            int keyEnd;
            int size;

            Table(int words, long chars) {
                int capacity = Integer.highestOneBit(Math.max(4, words * 2 - 1)) << 1;
                mask = capacity - 1;
                slots = new int[3 * capacity];
                keys = new char[(int) Math.min(Math.max(16, chars), Integer.MAX_VALUE - 16)];
            }

            /** Adds a word, or gives a word already there its new cluster (a later line wins, as in a map). */
            void put(String word, String cluster) {
                if (word.length() > Character.MAX_VALUE) {
                    throw new IllegalArgumentException("a word of " + word.length() + " characters (at most "
                            + (int) Character.MAX_VALUE + ")");
                }
                if (size >= (mask + 1) / 2) {
                    throw new IllegalStateException("more words than the table was made for: " + size);
                }
                Integer number = clusterNumbers.computeIfAbsent(cluster, c -> {
                    clusterNames.add(c);
                    return clusterNames.size() - 1;
                });
                int h = word.hashCode();
                int slot = spread(h) & mask;
                for (; slots[3 * slot + 1] != 0; slot = (slot + 1) & mask) {
                    if (slots[3 * slot] == h && same(keys, slots[3 * slot + 1] - 1, word, false)) {
                        slots[3 * slot + 2] = number;
                        return;
                    }
                }
                int n = word.length();
                if (keyEnd + 1 + n > keys.length) {
                    keys = Arrays.copyOf(keys, (int) Math.min(Integer.MAX_VALUE - 16,
                            Math.max(2L * keys.length, keyEnd + 1L + n)));
                }
                keys[keyEnd] = (char) n;
                word.getChars(0, n, keys, keyEnd + 1);
                slots[3 * slot] = h;
                slots[3 * slot + 1] = keyEnd + 1;
                slots[3 * slot + 2] = number;
                keyEnd += 1 + n;
                size++;
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        /**
         * Whether the word at {@code key} in {@code keys} is {@code word}, or with {@code lowerAscii} its ASCII
         * letters lower-cased (the caller has checked that it holds no other character).
         */
        private static boolean same(char[] keys, int key, String word, boolean lowerAscii) {
            int n = word.length();
            if (keys[key] != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                char c = word.charAt(i);
                if (lowerAscii && c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (keys[key + 1 + i] != c) {
                    return false;
                }
            }
            return true;
        }

        /** The cluster of a lower-cased word, or null. */
        public String lookup(String word) {
            return find(word.hashCode(), word, false);
        }

        /**
         * The cluster of a word as written, looked up lower-cased: the same as {@code
         * lookup(word.toLowerCase(Locale.ROOT))}, without making the lower-cased copy when the word is ASCII.
         */
        public String lookupLowerCased(String word) {
            int h = 0;
            for (int i = 0, n = word.length(); i < n; i++) {
                char c = word.charAt(i);
                if (c >= 0x80) {
                    return lookup(word.toLowerCase(Locale.ROOT));
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            return find(h, word, true);
        }

        private String find(int h, String word, boolean lowerAscii) {
            for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
                int key = slots[3 * slot + 1];
                if (key == 0) {
                    return null;
                }
                if (slots[3 * slot] == h && same(keys, key - 1, word, lowerAscii)) {
                    return clusterNames[slots[3 * slot + 2]];
                }
            }
        }

        /** The number of words. */
        public int size() {
            return size;
        }

        /**
         * Reads {@code word cluster} lines (a third column, such as a count, is ignored); a word given twice keeps
         * the later cluster. The text is decoded at once and cut with {@code indexOf}, not a regular expression
         * per line: this runs while a model loads, before the JIT has compiled anything, where a pattern per
         * line is slow.
         *
         * @param source what is read, for error messages
         * @throws IOException if a line is not {@code word cluster}; the message names the source and line
         */
        public static Dictionary read(InputStream in, String source) throws IOException {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int lines = 1;
            for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                lines++;
            }
            Table t = new Table(lines, text.length());
            String[] fields = new String[3];
            int number = 0;
            for (int at = 0; at < text.length(); ) {
                int nl = text.indexOf('\n', at);
                int end = nl < 0 ? text.length() : nl;
                number++;
                String line = text.substring(at, end);
                at = end + 1;
                int n = fields(line, fields);
                if (n == 0) {
                    continue;
                }
                if (n < 2 || n > 3) {
                    throw new IOException(source + ", line " + number + ": expected 'word cluster', got '"
                            + line.replace("\r", "") + "'");
                }
                t.put(fields[0], fields[1]);
            }
            return new Dictionary(t);
        }

        /**
         * Cuts a line at runs of spaces and tabs (other white space at either end stripped, as {@link String#strip}
         * does) into at most three fields; returns how many it found, 4 for more than three, 0 for a blank line.
         */
        private static int fields(String line, String[] fields) {
            String s = line.strip();
            int n = 0;
            for (int i = 0; i < s.length(); ) {
                int j = i;
                while (j < s.length() && s.charAt(j) != ' ' && s.charAt(j) != '\t') {
                    j++;
                }
                if (n == 3) {
                    return 4;
                }
                fields[n++] = s.substring(i, j);
                while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                    j++;
                }
                i = j;
            }
            return n;
        }

        /** Writes {@code word cluster} lines, sorted by word; does not close {@code out}. */
        public void write(OutputStream out) throws IOException {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            Map<String, String> sorted = new TreeMap<>();
            for (int slot = 0; slot <= mask; slot++) {
                int key = slots[3 * slot + 1] - 1;
                if (key >= 0) {
                    sorted.put(new String(keys, key + 1, keys[key]), clusterNames[slots[3 * slot + 2]]);
                }
            }
            for (var e : sorted.entrySet()) {
                w.write(e.getKey() + " " + e.getValue() + "\n");
            }
            w.flush();
        }

        @Override
        public Class<?> getArtifactSerializerClass() {
            return Serializer.class;
        }
    }

    /** Stores a {@link Dictionary} inside a model file. Public only so that OpenNLP can instantiate it. */
    public static final class Serializer implements ArtifactSerializer<Dictionary> {
        @Override
        public Dictionary create(InputStream in) throws IOException {
            return Dictionary.read(in, "word clusters in model");
        }

        @Override
        public void serialize(Dictionary artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }
}
