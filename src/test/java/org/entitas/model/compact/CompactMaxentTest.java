package org.entitas.model.compact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compact maxent classifier gives OpenNLP's probabilities to the last bit, and the sentence detector and
 * tokenizer read through {@link CompactModels} cut exactly as OpenNLP's own.
 */
class CompactMaxentTest {

    static SentenceModel sentence;
    static TokenizerModel token;
    static List<String> lines;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = TestCorpusText.bundledModel("id-sent.bin")) {
            sentence = new SentenceModel(in);
        }
        try (InputStream in = TestCorpusText.bundledModel("id-token.bin")) {
            token = new TokenizerModel(in);
        }
        lines = TestCorpusText.lines();
    }

    private static void assertSameProbabilities(GISModel original) {
        MaxentModel compact = new CompactMaxent(original);
        for (TestCorpusText.Context c : TestCorpusText.randomContexts(original, 3, 3000, 40, 4)) {
            String[] context = c.features();
            float[] values = c.values();
            assertThat(compact.eval(context)).containsExactly(original.eval(context));
            assertThat(compact.eval(context, values)).containsExactly(original.eval(context, values));
            double[] longer = new double[original.getNumOutcomes() + 2];
            double[] longerToo = longer.clone();
            assertThat(compact.eval(context, longer)).containsExactly(original.eval(context, longerToo));
            double[] probs = original.eval(context);
            assertThat(compact.getBestOutcome(probs)).isEqualTo(original.getBestOutcome(probs));
        }
        for (int i = 0; i < original.getNumOutcomes(); i++) {
            assertThat(compact.getOutcome(i)).isEqualTo(original.getOutcome(i));
        }
    }

    @Test
    void sameProbabilitiesAsTheBundledSentenceModel() {
        assertSameProbabilities((GISModel) sentence.getMaxentModel());
    }

    @Test
    void sameProbabilitiesAsTheBundledTokenizerModel() {
        assertSameProbabilities((GISModel) token.getMaxentModel());
    }

    @Test
    void theLoadedTokenizerKeepsItsSettings() throws Exception {
        var expected = token.getFactory();
        var actual = (bundledTokenizer()).getFactory();
        assertThat(actual.getLanguageCode()).isEqualTo(expected.getLanguageCode());
        assertThat(actual.isUseAlphaNumericOptimization()).isEqualTo(expected.isUseAlphaNumericOptimization());
        assertThat(actual.getAlphaNumericPattern().pattern()).isEqualTo(expected.getAlphaNumericPattern().pattern());
        assertThat(actual.getAbbreviationDictionary().asStringSet())
                .isEqualTo(expected.getAbbreviationDictionary().asStringSet()).isNotEmpty();
    }

    @Test
    void theLoaderSwapsTheClassifiers() throws Exception {
        assertThat((bundledSentences()).getMaxentModel())
                .isInstanceOf(CompactMaxent.class);
        assertThat((bundledTokenizer()).getMaxentModel())
                .isInstanceOf(CompactMaxent.class);
    }

    @Test
    void sameTokensAndSentencesOnTheTestCorpus() throws Exception {
        TokenizerME expectedTokens = new TokenizerME(token);
        TokenizerME actualTokens = new TokenizerME(bundledTokenizer());
        SentenceDetectorME expectedSentences = new SentenceDetectorME(sentence);
        SentenceDetectorME actualSentences = new SentenceDetectorME(bundledSentences());
        int tokens = 0;
        for (String line : lines) {
            assertThat(actualTokens.tokenizePos(line)).containsExactly(expectedTokens.tokenizePos(line));
            assertThat(actualTokens.getTokenProbabilities()).containsExactly(expectedTokens.getTokenProbabilities());
            assertThat(actualSentences.sentPosDetect(line)).containsExactly(expectedSentences.sentPosDetect(line));
            assertThat(actualSentences.probs()).containsExactly(expectedSentences.probs());
            tokens += expectedTokens.getTokenProbabilities().length;
        }
        assertThat(tokens).isGreaterThan(8000);
    }

    private static TokenizerModel bundledTokenizer() throws Exception {
        try (InputStream in = TestCorpusText.bundledModel("id-token.bin")) {
            return CompactModels.tokenizerModel(in);
        }
    }

    private static SentenceModel bundledSentences() throws Exception {
        try (InputStream in = TestCorpusText.bundledModel("id-sent.bin")) {
            return CompactModels.sentenceModel(in);
        }
    }
}
