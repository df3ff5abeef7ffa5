package org.entitas.pipeline;

import java.util.Collections;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Adds typed gazetteer features: for each token, {@code gaz=PERSON:B}, {@code gaz=LOCATION:U}, ... from the
 * longest names of each type matched over the sentence. Not thread-safe (it caches the last sentence's
 * matches); each name finder owns one.
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

    private final Gazetteer gazetteer;
    private final String[][] labels;
    private String[] lastTokens;
    private String[][] lastFeatures;

    GazetteerFeatureGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.labels = gazetteer.labels("gaz=");
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != lastTokens) {
            lastFeatures = gazetteer.match(tokens, labels);
            lastTokens = tokens;
        }
        Collections.addAll(features, lastFeatures[index]);
    }
}
