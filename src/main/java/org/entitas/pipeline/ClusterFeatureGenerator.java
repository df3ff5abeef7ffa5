package org.entitas.pipeline;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Adds the word cluster of a token as a feature, {@code PREFIX=cluster}, looked up lower-cased so that
 * {@code JAKARTA}, {@code Jakarta} and {@code jakarta} share it. Stateless and thread-safe (the dictionary is
 * immutable).
 */
final class ClusterFeatureGenerator implements AdaptiveFeatureGenerator {

    private final ClusterFeatureGeneratorFactory.Dictionary clusters;
    private final String prefix;

    ClusterFeatureGenerator(ClusterFeatureGeneratorFactory.Dictionary clusters, String prefix) {
        this.clusters = clusters;
        this.prefix = prefix + "=";
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String c = clusters.lookupLowerCased(tokens[index]);
        if (c != null) {
            features.add(prefix + c);
        }
    }
}
