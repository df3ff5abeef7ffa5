package org.entitas.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * Word cluster features of a name finder: reads cluster files into the resources stored in the model
 * ({@code clusters-0.wordcluster}, {@code clusters-1.wordcluster}, ...) and adds one OpenNLP word cluster
 * generator per file (lower-cased lookup, window of one token) to a feature descriptor. Stateless and
 * thread-safe.
 */
final class ClusterFeatures {

    /** Where the descriptor template takes the cluster generators. */
    static final String PLACEHOLDER = "<!-- clusters -->";

    private ClusterFeatures() {
    }

    /** The resource name of the i-th cluster file inside a model. */
    static String resourceName(int i) {
        return "clusters-" + i + ".wordcluster";
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
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String[] parts = lines.get(n).split(" ");
                if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty()) {
                    throw new IOException(f + ", line " + (n + 1) + ": expected 'word cluster', got '"
                            + lines.get(n) + "'");
                }
            }
            try (InputStream in = Files.newInputStream(f)) {
                out.put(resourceName(i), new WordClusterDictionary(in));
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
                    .append("<generator class=\"opennlp.tools.util.featuregen.WordClusterFeatureGeneratorFactory\">")
                    .append("<str name=\"dict\">").append(resourceName(i)).append("</str>")
                    .append("<bool name=\"lowerCase\">true</bool></generator></generator>\\n  ");
        }
        return xml.replace(PLACEHOLDER, g.toString()).getBytes(StandardCharsets.UTF_8);
    }
}
