package org.entitas.model.compact;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name finder model read for tagging: when its classifier is a perceptron, the weights are swapped for a
 * {@link CompactPerceptron}, which computes the same sums faster and normalises them with {@code Math.exp}
 * (probabilities within 1e-12 of OpenNLP's; on the dev files that moves one mention of 1,825), and a model
 * trained for a beam of one sequence is searched by {@link GreedySearch}. Tagging only: such a model cannot
 * be written back ({@code serialize} fails), as OpenNLP's writer knows only its own model classes.
 */
final class CompactNameFinderModel extends TokenNameFinderModel {

    private static final long serialVersionUID = 1L;

    /** The artifact that holds the classifier (OpenNLP's {@code TokenNameFinderModel} entry name). */
    static final String CLASSIFIER_ENTRY = "nameFinder.model";

    CompactNameFinderModel(InputStream in) throws IOException {
        super(in);
    }

    /** A perceptron is read straight into its compact form ({@link PerceptronReader}). */
    @Override
    protected void createArtifactSerializers(Map<String, ArtifactSerializer<?>> serializers) {
        super.createArtifactSerializers(serializers);
        serializers.put(MODEL_EXTENSION, new PerceptronReader(serializers.get(MODEL_EXTENSION)));
    }

    /** The extension of model entries ({@code nameFinder.model}), whose serializer OpenNLP picks by it. */
    private static final String MODEL_EXTENSION = "model";

    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        Properties manifest = (Properties) artifactMap.get(MANIFEST_ENTRY);
        if (artifactMap.get(CLASSIFIER_ENTRY) instanceof MaxentModel classifier
                && "1".equals(manifest.getProperty(BeamSearch.BEAM_SIZE_PARAMETER))) {
            return new GreedySearch(classifier);
        }
        return super.getNameFinderSequenceModel();
    }
}
