package org.entitas.pipeline;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Lets a name finder feature descriptor cache the features of a generator per sentence
 * ({@code <generator class="org.entitas.pipeline.SentenceCacheFeatureGeneratorFactory"><generator .../></generator>};
 * see {@link SentenceCacheFeatureGenerator}). A factory is used by one thread at a time.
 * Frozen name: model files name this class and OpenNLP instantiates it by that name, so it stays public,
 * in this package, under this name (see the package documentation; {@code FrozenClassNamesTest} checks).
 */
public final class SentenceCacheFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (!(args.get("generator#0") instanceof AdaptiveFeatureGenerator inner)) {
            throw new InvalidFormatException("a sentence cache generator must contain one generator element");
        }
        return new SentenceCacheFeatureGenerator(inner);
    }
}
