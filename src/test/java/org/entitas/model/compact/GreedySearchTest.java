package org.entitas.model.compact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BilouNameFinderSequenceValidator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import org.entitas.model.OpenNlpExtensions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The greedy search chooses what OpenNLP's beam search of size 1 chooses, with the same probabilities. */
class GreedySearchTest {

    static TokenNameFinderModel model;

    @BeforeAll
    static void load() throws Exception {
        OpenNlpExtensions.allow();
        try (InputStream in = TestCorpusText.bundledModel("id-ner.bin")) {
            model = new CompactNameFinderModel(in);
        }
    }

    @Test
    void theBundledModelIsSearchedGreedily() {
        assertThat(model.getNameFinderSequenceModel()).isInstanceOf(GreedySearch.class);
    }

    @Test
    void sameSequencesAsABeamOfOneOnTheTestCorpus() throws Exception {
        MaxentModel classifier = model.getArtifact(CompactNameFinderModel.CLASSIFIER_ENTRY);
        GreedySearch greedy = new GreedySearch(classifier);
        BeamSearch beam = new BeamSearch(1, classifier);
        BeamSearchContextGenerator<String> context = model.getFactory().createContextGenerator();
        var validator = model.getSequenceCodec().createSequenceValidator();
        int sentences = 0;
        int names = 0;
        for (Path f : TestCorpusText.files()) {
            for (String[] tokens : TestCorpusText.roughTokens(f)) {
                Sequence expected = beam.bestSequence(tokens, null, context, validator);
                Sequence actual = greedy.bestSequence(tokens, null, context, validator);
                assertThat(actual.getOutcomes()).isEqualTo(expected.getOutcomes());
                assertThat(actual.getProbs()).containsExactly(expected.getProbs());
                assertThat(actual.getScore()).isEqualTo(expected.getScore());
                names += (int) actual.getOutcomes().stream().filter(o -> !o.equals(NameFinderME.OTHER)).count();
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(300);
        assertThat(names).isGreaterThan(500);
    }

    /** When the most probable outcome is not allowed after the previous one, the best allowed one is taken. */
    @Test
    void takesTheBestValidOutcomeWhenTheMostProbableIsInvalid() {
        // "PERSON-cont" is the most probable everywhere, but cannot start a sentence nor follow "other"
        MaxentModel fixed = new FixedModel(List.of("other", "PERSON-start", "PERSON-cont", "PERSON-last",
                "PERSON-unit"), new double[] {0.3, 0.15, 0.4, 0.05, 0.1});
        String[] tokens = {"a", "b", "c"};
        BeamSearchContextGenerator<String> context = (i, seq, prior, extra) -> new String[] {"w=" + seq[i]};
        var validator = new BilouNameFinderSequenceValidator();
        Sequence expected = new BeamSearch(1, fixed).bestSequence(tokens, null, context, validator);
        Sequence actual = new GreedySearch(fixed).bestSequence(tokens, null, context, validator);
        assertThat(actual.getOutcomes()).containsExactly("other", "other", "other").isEqualTo(expected.getOutcomes());
        assertThat(actual.getProbs()).containsExactly(expected.getProbs());
    }

    /** Equally probable outcomes: the first allowed one is kept, as BeamSearch keeps it. */
    @Test
    void tiesGoToTheFirstAllowedOutcome() {
        List<String> names = List.of("PERSON-cont", "PERSON-start", "other", "LOCATION-start");
        String[] tokens = {"a", "b", "c", "d"};
        BeamSearchContextGenerator<String> context = (i, seq, prior, extra) -> new String[] {"w=" + seq[i]};
        var validator = new BilouNameFinderSequenceValidator();
        for (double[] probs : new double[][] {{0.3, 0.3, 0.3, 0.1}, {0.1, 0.3, 0.3, 0.3}, {0.4, 0.2, 0.2, 0.2}}) {
            MaxentModel fixed = new FixedModel(names, probs);
            Sequence expected = new BeamSearch(1, fixed).bestSequence(tokens, null, context, validator);
            Sequence actual = new GreedySearch(fixed).bestSequence(tokens, null, context, validator);
            assertThat(actual.getOutcomes()).isEqualTo(expected.getOutcomes());
            assertThat(actual.getProbs()).containsExactly(expected.getProbs());
        }
    }

    /** A classifier giving the same probabilities whatever the context. */
    private record FixedModel(List<String> outcomes, double[] probs) implements MaxentModel {
        @Override
        public double[] eval(String[] context) {
            return probs.clone();
        }

        @Override
        public double[] eval(String[] context, double[] buffer) {
            System.arraycopy(probs, 0, buffer, 0, probs.length);
            return buffer;
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return probs.clone();
        }

        @Override
        public String getBestOutcome(double[] p) {
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                if (p[i] > p[best]) {
                    best = i;
                }
            }
            return outcomes.get(best);
        }

        @Override
        public String getAllOutcomes(double[] p) {
            return outcomes.toString();
        }

        @Override
        public String getOutcome(int i) {
            return outcomes.get(i);
        }

        @Override
        public int getIndex(String outcome) {
            return outcomes.indexOf(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return outcomes.size();
        }
    }
}
