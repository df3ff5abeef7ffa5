package org.entitas.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
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
     */
    public static final class Dictionary implements SerializableArtifact {
        private final Map<String, String> clusters;

        /** Copies a word-to-cluster map; words are expected lower-cased, without white space. */
        public Dictionary(Map<String, String> clusters) {
            this.clusters = Map.copyOf(clusters);
        }

        /**
         * Takes a map that nothing else holds, without copying it (a model's 20,000 words would be hashed twice);
         * {@code owned} only tells this constructor from the public one.
         */
        private Dictionary(Map<String, String> clusters, boolean owned) {
            this.clusters = Collections.unmodifiableMap(clusters);
        }

        /** The cluster of a lower-cased word, or null. */
        public String lookup(String word) {
            return clusters.get(word);
        }

        /** The number of words. */
        public int size() {
            return clusters.size();
        }

        /**
         * Reads {@code word cluster} lines (a third column, such as a count, is ignored). The text is decoded at
         * once and cut with {@code indexOf}, not a regular expression per line: this runs while a model loads,
         * before the JIT has compiled anything, where a pattern per line is slow.
         *
         * @param source what is read, for error messages
         * @throws IOException if a line is not {@code word cluster}; the message names the source and line
         */
        public static Dictionary read(InputStream in, String source) throws IOException {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> m = new HashMap<>();
            Map<String, String> clusterNames = new HashMap<>();
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
                m.put(fields[0], clusterNames.computeIfAbsent(fields[1], c -> c));
            }
            return new Dictionary(m, true);
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
            for (var e : new TreeMap<>(clusters).entrySet()) {
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
