package org.entitas.model.compact;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The one entry into this package: reads models for tagging with the compact classifiers in place of
 * OpenNLP's, makes the faster sentence detector, and reads a model's weights through the one checked reader
 * of OpenNLP's layout. Everything else here is package-private, so that what replaces which OpenNLP internal
 * can change without touching the callers. Stateless and thread-safe; the models it returns may be shared
 * across threads, a sentence detector may not.
 */
public final class CompactModels {

    private CompactModels() {
    }

    /**
     * Reads a sentence model whose maxent classifier is swapped for a compact one giving the same
     * probabilities faster. Tagging only: the model cannot be written back.
     *
     * @throws IOException if the stream cannot be read or holds no sentence model
     */
    public static SentenceModel sentenceModel(InputStream in) throws IOException {
        return new CompactSegmentationModels.Sentence(requireNonNull(in, "in must not be null"));
    }

    /**
     * Reads a tokenizer model whose maxent classifier, when OpenNLP's own factory made it, is swapped for a
     * compact one. Tagging only.
     *
     * @throws IOException if the stream cannot be read or holds no tokenizer model
     */
    public static TokenizerModel tokenizerModel(InputStream in) throws IOException {
        return CompactSegmentationModels.tokenizer(requireNonNull(in, "in must not be null"));
    }

    /**
     * Reads a name finder model whose perceptron is swapped for a compact one and which, when trained for a
     * beam of one, is searched greedily. Tagging only. The feature generators the model names must be
     * trusted by OpenNLP's extension loader before this is called.
     *
     * @throws IOException if the stream cannot be read or holds no name finder model
     */
    public static TokenNameFinderModel nameFinderModel(InputStream in) throws IOException {
        requireNonNull(in, "in must not be null");
        try {
            return new CompactNameFinderModel(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The model's features and, for each, its outcomes and weights: OpenNLP's own map, not a copy (do not
     * change it).
     *
     * @throws IllegalStateException if this OpenNLP lays out a model's data otherwise than the one this
     *     package was checked against
     */
    public static Map<String, Context> features(AbstractModel model) {
        return ModelData.features(requireNonNull(model, "model must not be null"));
    }

    /**
     * A copy of the model's outcome names, in outcome order.
     *
     * @throws IllegalStateException as {@link #features}
     */
    public static String[] outcomes(AbstractModel model) {
        return ModelData.outcomes(requireNonNull(model, "model must not be null"));
    }

    /**
     * A new sentence detector over {@code model}: OpenNLP's {@code SentenceDetectorME} with a faster
     * abbreviation check that decides the same. Not thread-safe; one per worker.
     */
    public static SentenceDetector sentenceDetector(SentenceModel model) {
        return new SentenceSplitter(requireNonNull(model, "model must not be null"));
    }
}
