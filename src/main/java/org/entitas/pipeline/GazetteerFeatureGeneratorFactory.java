package org.entitas.pipeline;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Lets a name finder feature descriptor use typed gazetteer features:
 * {@code <generator class="org.entitas.pipeline.GazetteerFeatureGeneratorFactory"><str name="dict">gazetteer.gaz</str></generator>},
 * where {@code dict} names a {@link Gazetteer} resource stored in the model. Public only so that OpenNLP can
 * instantiate it when a model is loaded.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String name = getStr("dict");
        Object resource = resourceManager == null ? null : resourceManager.getResource(name);
        if (!(resource instanceof Gazetteer)) {
            throw new InvalidFormatException("the name finder model lacks its gazetteer resource '" + name + "'");
        }
        return new GazetteerFeatureGenerator((Gazetteer) resource);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new GazetteerSerializer());
    }
}
