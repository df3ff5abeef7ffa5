package org.entitas.model.compact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import org.entitas.internal.Background;

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

    /**
     * A perceptron is read straight into its compact form ({@link PerceptronReader}), on a thread of its own while
     * the other entries are read; {@link #validateArtifactMap} takes it.
     */
    @Override
    protected void createArtifactSerializers(Map<String, ArtifactSerializer<?>> serializers) {
        super.createArtifactSerializers(serializers);
        serializers.put(MODEL_EXTENSION, PerceptronReader.inBackground(serializers.get(MODEL_EXTENSION)));
    }

    /**
     * Puts the perceptron read in the background in its place before OpenNLP checks the entries (the first use of
     * any once all are read). Its failure is thrown as an {@link UncheckedIOException} ({@link CompactModels} throws
     * the {@link IOException} in it), as OpenNLP would turn an {@code InvalidFormatException} thrown here into an
     * {@code IllegalArgumentException}.
     */
    @Override
    protected void validateArtifactMap() throws InvalidFormatException {
        if (artifactMap.get(CLASSIFIER_ENTRY) instanceof Background<?> reading) {
            try {
                artifactMap.put(CLASSIFIER_ENTRY, reading.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        super.validateArtifactMap();
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
