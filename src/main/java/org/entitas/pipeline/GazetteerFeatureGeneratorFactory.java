package org.entitas.pipeline;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Lets a name finder feature descriptor use typed gazetteer features:
 * {@code <generator class="org.entitas.pipeline.GazetteerFeatureGeneratorFactory"><str name="dict">gazetteer.gaz</str></generator>},
 * where {@code dict} names a {@link Gazetteer} resource stored in the model.
 * Frozen name: model files name this class and OpenNLP instantiates it by that name, so it stays public,
 * in this package, under this name (see the package documentation; {@code FrozenClassNamesTest} checks).
 */
public final class GazetteerFeatureGeneratorFactory extends ResourceFeatureGeneratorFactory<Gazetteer> {

    /** Instantiated by OpenNLP when a descriptor names this class. */
    public GazetteerFeatureGeneratorFactory() {
        super(Gazetteer.class, "gazetteer resource");
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new GazetteerFeatureGenerator(resource());
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new GazetteerSerializer());
    }
}
