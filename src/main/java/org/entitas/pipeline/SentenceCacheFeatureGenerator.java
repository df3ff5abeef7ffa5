package org.entitas.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Computes the features of another generator once per token of a sentence and hands out copies after that.
 * Inside a window generator ({@code WindowFeatureGenerator} asks for the features of each token again for
 * every position of the window around it) this saves all but one computation per token, with the same
 * features as the generator alone. For generators that look at the tokens only, not at the previous
 * outcomes nor at adaptive data (token class, token, gazetteer, word cluster features).
 *
 * <p>A sentence is recognised by the identity of its token array, as OpenNLP's own cache does. Not
 * thread-safe; each name finder owns one.
 */
final class SentenceCacheFeatureGenerator implements AdaptiveFeatureGenerator {

    private final AdaptiveFeatureGenerator inner;
    private String[] lastTokens;
    private String[][] cached;

    SentenceCacheFeatureGenerator(AdaptiveFeatureGenerator inner) {
        this.inner = inner;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != lastTokens) {
            lastTokens = tokens;
            cached = new String[tokens.length][];
        }
        String[] found = cached[index];
        if (found == null) {
            List<String> fresh = new ArrayList<>(4);
            inner.createFeatures(fresh, tokens, index, previousOutcomes);
            found = fresh.toArray(new String[0]);
            cached[index] = found;
        }
        Collections.addAll(features, found);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        inner.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        inner.clearAdaptiveData();
    }
}
