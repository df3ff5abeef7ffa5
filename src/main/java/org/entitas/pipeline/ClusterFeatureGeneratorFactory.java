package org.entitas.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

        /** The cluster of a lower-cased word, or null. */
        public String lookup(String word) {
            return clusters.get(word);
        }

        /** The number of words. */
        public int size() {
            return clusters.size();
        }

        /**
         * Reads {@code word cluster} lines (a third column, such as a count, is ignored).
         *
         * @param source what is read, for error messages
         * @throws IOException if a line is not {@code word cluster}; the message names the source and line
         */
        public static Dictionary read(InputStream in, String source) throws IOException {
            Map<String, String> m = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.strip().split("[ \t]+");
                if (parts.length < 2 || parts.length > 3) {
                    throw new IOException(source + ", line " + number + ": expected 'word cluster', got '" + line + "'");
                }
                m.put(parts[0], parts[1]);
            }
            return new Dictionary(m);
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
