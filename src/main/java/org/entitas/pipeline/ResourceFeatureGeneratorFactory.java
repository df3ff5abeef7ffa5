package org.entitas.pipeline;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * A feature generator factory whose generator reads a resource stored in the model, named by the
 * descriptor's {@code dict} argument.
 *
 * @param <T> the resource's type
 */
abstract class ResourceFeatureGeneratorFactory<T> extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    private final Class<T> type;
    private final String what;

    /** @param what what the resource is, for the error when the model lacks it ("gazetteer resource") */
    ResourceFeatureGeneratorFactory(Class<T> type, String what) {
        this.type = type;
        this.what = what;
    }

    /** The resource named by {@code dict}. */
    T resource() throws InvalidFormatException {
        String name = getStr("dict");
        Object resource = resourceManager == null ? null : resourceManager.getResource(name);
        if (!type.isInstance(resource)) {
            throw new InvalidFormatException("the name finder model lacks its " + what + " '" + name + "'");
        }
        return type.cast(resource);
    }
}
