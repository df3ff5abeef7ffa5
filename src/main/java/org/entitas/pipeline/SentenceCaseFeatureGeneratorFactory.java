package org.entitas.pipeline;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Lets a name finder feature descriptor use sentence case features
 * ({@code <generator class="org.entitas.pipeline.SentenceCaseFeatureGeneratorFactory"/>}; see
 * {@link SentenceCaseFeatureGenerator}). Public only so that OpenNLP can instantiate it when a model is
 * loaded; a factory is used by one thread at a time.
 */
public final class SentenceCaseFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() {
        return new SentenceCaseFeatureGenerator();
    }
}
