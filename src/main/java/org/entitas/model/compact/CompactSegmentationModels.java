package org.entitas.model.compact;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Sentence and tokenizer models read for tagging: a maxent (GIS) classifier is swapped for a
 * {@link CompactMaxent}, which gives the same probabilities faster. Tagging only: such a model cannot be
 * written back, as OpenNLP's writer knows only its own model classes.
 */
final class CompactSegmentationModels {

    /** The artifact that holds a sentence model's classifier (OpenNLP's entry name). */
    static final String SENTENCE_CLASSIFIER = "sent.model";

    private CompactSegmentationModels() {
    }

    /** A sentence model whose GIS classifier is a {@link CompactMaxent}. */
    static final class Sentence extends SentenceModel {
        private static final long serialVersionUID = 1L;

        Sentence(InputStream in) throws IOException {
            super(in);
            if (artifactMap.get(SENTENCE_CLASSIFIER) instanceof GISModel gis) {
                artifactMap.put(SENTENCE_CLASSIFIER, new CompactMaxent(gis));
            }
        }
    }

    /**
     * Reads a tokenizer model; when its classifier is a GIS model, returns a copy whose classifier is a
     * {@link CompactMaxent}, with the same factory (language, abbreviations, alphanumeric pattern).
     */
    static TokenizerModel tokenizer(InputStream in) throws IOException {
        TokenizerModel model = new TokenizerModel(in);
        // only for OpenNLP's own factory: a subclass may change how words are cut, and would be lost
        if (model.getMaxentModel() instanceof GISModel gis
                && model.getFactory().getClass() == TokenizerFactory.class) {
            // a new factory with the old one's settings: a factory read from a model finds its abbreviations in
            // that model, and would give the new model none
            TokenizerFactory old = model.getFactory();
            TokenizerFactory factory = new TokenizerFactory(old.getLanguageCode(), old.getAbbreviationDictionary(),
                    old.isUseAlphaNumericOptimization(), old.getAlphaNumericPattern());
            return new TokenizerModel(new CompactMaxent(gis), Map.of(), factory);
        }
        return model;
    }
}
