package org.entitas.model.compact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ext.ExtensionLoader;
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
     * the other entries are read, and each other large entry (gazetteer, word clusters) on a thread of its own
     * too ({@link BackgroundReader}): the loading thread only inflates the archive. {@link #validateArtifactMap}
     * takes what they read.
     */
    @Override
    protected void createArtifactSerializers(Map<String, ArtifactSerializer<?>> serializers) {
        super.createArtifactSerializers(serializers);
        addManifestSerializers(serializers);
        for (var e : serializers.entrySet()) {
            if (!NOT_IN_BACKGROUND.contains(e.getKey())) {
                e.setValue(new BackgroundReader(e.getValue(), "entitas-model-entry-reader"));
            }
        }
        serializers.put(MODEL_EXTENSION, PerceptronReader.inBackground(serializers.get(MODEL_EXTENSION)));
    }

    /**
     * Puts the entries read in the background (the perceptron, the gazetteer, the word clusters) in their places
     * before OpenNLP checks the entries (the first use of any once all are read). A failure is thrown as an
     * {@link UncheckedIOException} ({@link CompactModels} throws the {@link IOException} in it), as OpenNLP would
     * turn an {@code InvalidFormatException} thrown here into an {@code IllegalArgumentException}.
     */
    @Override
    protected void validateArtifactMap() throws InvalidFormatException {
        for (var e : artifactMap.entrySet()) {
            if (e.getValue() instanceof Background<?> reading) {
                try {
                    e.setValue(reading.get());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
        super.validateArtifactMap();
    }

    /** The extension of model entries ({@code nameFinder.model}), whose serializer OpenNLP picks by it. */
    private static final String MODEL_EXTENSION = "model";

    /**
     * The extensions of the entries read on the loading thread: the manifest and the feature descriptor, which
     * loading itself consults, and the classifier, which has a reader of its own.
     */
    private static final Set<String> NOT_IN_BACKGROUND = Set.of("properties", "featuregen", MODEL_EXTENSION);

    /** The manifest property that names the serializer of an entry OpenNLP has none for by its extension. */
    private static final String SERIALIZER_PROPERTY = "serializer-class-";

    /**
     * Adds, under their entries' extensions, the serializers the manifest names entry by entry (a feature
     * generator's word clusters), and takes those names out of the manifest read into memory: OpenNLP would
     * otherwise make each as it meets its entry, out of reach of {@link BackgroundReader} (a name in the manifest
     * wins over the extension). This model is never written back, so the manifest it holds needs them no more.
     * An extension whose entries name different serializers is left to OpenNLP, as is a class the extension
     * loader refuses (its error is OpenNLP's when the entry is read).
     */
    private void addManifestSerializers(Map<String, ArtifactSerializer<?>> serializers) {
        if (!(artifactMap.get(MANIFEST_ENTRY) instanceof Properties manifest)) {
            return;
        }
        Map<String, String> classOfExtension = new HashMap<>();
        Set<String> mixed = new HashSet<>();
        for (String key : manifest.stringPropertyNames()) {
            if (key.startsWith(SERIALIZER_PROPERTY)) {
                String entry = key.substring(SERIALIZER_PROPERTY.length());
                String extension = entry.substring(entry.lastIndexOf('.') + 1);
                String className = manifest.getProperty(key);
                if (!className.equals(classOfExtension.getOrDefault(extension, className))) {
                    mixed.add(extension);
                }
                classOfExtension.put(extension, className);
            }
        }
        for (var e : classOfExtension.entrySet()) {
            if (!mixed.contains(e.getKey()) && !serializers.containsKey(e.getKey())) {
                try {
                    serializers.put(e.getKey(), ExtensionLoader.instantiateExtension(ArtifactSerializer.class,
                            e.getValue()));
                } catch (RuntimeException refused) {
                    continue; // OpenNLP meets the same class when it reads the entry, and reports it then
                }
                manifest.keySet().removeIf(key -> key instanceof String name && name.startsWith(SERIALIZER_PROPERTY)
                        && name.endsWith("." + e.getKey()));
            }
        }
    }

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
