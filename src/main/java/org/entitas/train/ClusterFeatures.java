package org.entitas.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entitas.pipeline.ClusterFeatureGeneratorFactory;

/**
 * Word cluster features of a name finder: reads cluster files into the resources stored in the model
 * ({@code clusters-0.clusters}, {@code clusters-1.clusters}, ...) and adds one word cluster generator
 * ({@link ClusterFeatureGeneratorFactory}) per file (lower-cased lookup, window of one token) to a feature
 * descriptor. Stateless and thread-safe.
 */
final class ClusterFeatures {

    /** Where the descriptor template takes the cluster generators. */
    static final String PLACEHOLDER = "<!-- clusters -->";

    private ClusterFeatures() {
    }

    /** The resource name of the i-th cluster file inside a model. */
    static String resourceName(int i) {
        return "clusters-" + i + ".clusters";
    }

    /**
     * Reads cluster files as model resources, in order.
     *
     * @throws IOException if a file is missing or not {@code word cluster} lines (the message names it)
     */
    static Map<String, Object> read(List<Path> files) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            if (!Files.isRegularFile(f)) {
                throw new IOException(f + ": cluster file not found");
            }
            try (InputStream in = Files.newInputStream(f)) {
                out.put(resourceName(i), ClusterFeatureGeneratorFactory.Dictionary.read(in, f.toString()));
            }
        }
        return out;
    }

    /**
     * Puts {@code count} cluster generators in place of {@link #PLACEHOLDER} in a descriptor.
     *
     * @throws IOException if clusters are asked for and the descriptor has no placeholder
     */
    static byte[] descriptor(byte[] template, int count) throws IOException {
        String xml = new String(template, StandardCharsets.UTF_8);
        if (count == 0) {
            return template;
        }
        if (!xml.contains(PLACEHOLDER)) {
            throw new IOException("feature descriptor has no '" + PLACEHOLDER + "' for word cluster features");
        }
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < count; i++) {
            g.append("<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">")
                    .append("<int name=\"prevLength\">1</int><int name=\"nextLength\">1</int>")
                    .append("<generator class=\"org.entitas.pipeline.SentenceCacheFeatureGeneratorFactory\">")
                    .append("<generator class=\"org.entitas.pipeline.ClusterFeatureGeneratorFactory\">")
                    .append("<str name=\"dict\">").append(resourceName(i)).append("</str>")
                    .append("</generator></generator></generator>\n  ");
        }
        return xml.replace(PLACEHOLDER, g.toString()).getBytes(StandardCharsets.UTF_8);
    }
}
