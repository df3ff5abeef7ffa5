package org.entitas.pipeline;

import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * The name finder factory of the project's models: OpenNLP's, plus the serializer of gazetteer resources
 * (files ending in {@code .gaz}) so that a model carrying its gazetteer can be saved and loaded again.
 * Frozen name: model files name this class and OpenNLP instantiates it by that name, so it stays public,
 * in this package, under this name (see the package documentation; {@code FrozenClassNamesTest} checks).
 */
public class EntitasNameFinderFactory extends TokenNameFinderFactory {

    /** The file extension of gazetteer resources inside a model. */
    public static final String GAZETTEER_EXTENSION = "gaz";

    @Override
    public Map<String, ArtifactSerializer<?>> createArtifactSerializersMap() {
        Map<String, ArtifactSerializer<?>> map = super.createArtifactSerializersMap();
        map.put(GAZETTEER_EXTENSION, new GazetteerSerializer());
        return map;
    }
}
