package org.entitas.pipeline;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Lets a name finder feature descriptor use sentence case features
 * ({@code <generator class="org.entitas.pipeline.SentenceCaseFeatureGeneratorFactory"/>}; see
 * {@link SentenceCaseFeatureGenerator}). A factory is used by one thread at a time.
 * Frozen name: model files name this class and OpenNLP instantiates it by that name, so it stays public,
 * in this package, under this name (see the package documentation; {@code FrozenClassNamesTest} checks).
 */
public final class SentenceCaseFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() {
        return new SentenceCaseFeatureGenerator();
    }
}
