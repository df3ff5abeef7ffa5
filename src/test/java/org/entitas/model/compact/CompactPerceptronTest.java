package org.entitas.model.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.nio.file.Path;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.entitas.model.OpenNlpExtensions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compact perceptron gives OpenNLP's probabilities to 1e-12, and on the test corpus the same names. */
class CompactPerceptronTest {

    static TokenNameFinderModel plain;
    static TokenNameFinderModel compact;

    @BeforeAll
    static void load() throws Exception {
        OpenNlpExtensions.allow();
        try (InputStream in = TestCorpusText.bundledModel("id-ner.bin")) {
            plain = new TokenNameFinderModel(in);
        }
        try (InputStream in = TestCorpusText.bundledModel("id-ner.bin")) {
            compact = new CompactNameFinderModel(in);
        }
    }

    @Test
    void theBundledModelIsAPerceptronAndIsSwapped() {
        assertThat((Object) plain.getArtifact(CompactNameFinderModel.CLASSIFIER_ENTRY)).isInstanceOf(PerceptronModel.class);
        assertThat((Object) compact.getArtifact(CompactNameFinderModel.CLASSIFIER_ENTRY)).isInstanceOf(CompactPerceptron.class);
    }

    @Test
    void sameProbabilitiesForKnownAndUnknownFeatures() {
        PerceptronModel original = plain.getArtifact(CompactNameFinderModel.CLASSIFIER_ENTRY);
        MaxentModel fast = compact.getArtifact(CompactNameFinderModel.CLASSIFIER_ENTRY);
        for (TestCorpusText.Context c : TestCorpusText.randomContexts(original, 7, 2000, 60, 5)) {
            String[] context = c.features();
            float[] values = c.values();
            assertThat(fast.eval(context)).containsExactly(original.eval(context), within(1e-12));
            assertThat(fast.eval(context, values)).containsExactly(original.eval(context, values), within(1e-12));
            double[] probs = original.eval(context);
            assertThat(fast.getBestOutcome(probs)).isEqualTo(original.getBestOutcome(probs));
        }
        assertThat(fast.getNumOutcomes()).isEqualTo(original.getNumOutcomes());
        for (int i = 0; i < original.getNumOutcomes(); i++) {
            assertThat(fast.getOutcome(i)).isEqualTo(original.getOutcome(i));
            assertThat(fast.getIndex(original.getOutcome(i))).isEqualTo(i);
        }
    }

    @Test
    void aTruncatedOrDamagedPerceptronIsAnIOExceptionSayingWhat() throws Exception {
        byte[] whole;
        try (ZipInputStream zip = new ZipInputStream(TestCorpusText.bundledModel("id-ner.bin"))) {
            ZipEntry e;
            while (!(e = zip.getNextEntry()).getName().equals(CompactNameFinderModel.CLASSIFIER_ENTRY)) {
                zip.closeEntry();
            }
            whole = zip.readAllBytes();
        }
        PerceptronReader reader = new PerceptronReader(null);
        for (int cut : new int[] {12, 100, 1_000, 100_000, whole.length / 2, whole.length - 1}) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> reader.create(new ByteArrayInputStream(truncated))).as("cut at %d", cut)
                    .isInstanceOf(IOException.class).hasMessage("the perceptron ends early");
        }
        byte[] hugeCount = whole.clone();
        int outcomes = 2 + "Perceptron".length();
        hugeCount[outcomes] = 0x7f;
        assertThatThrownBy(() -> reader.create(new ByteArrayInputStream(hugeCount)))
                .isInstanceOf(IOException.class).hasMessageContaining("outcomes (at most");
        assertThat(reader.create(new ByteArrayInputStream(whole))).isInstanceOf(CompactPerceptron.class);
    }

    @Test
    void sameNamesAndProbabilitiesOnTheTestCorpus() throws Exception {
        NameFinderME a = new NameFinderME(plain);
        NameFinderME b = new NameFinderME(compact);
        int sentences = 0;
        for (Path f : TestCorpusText.files()) {
            for (String[] tokens : TestCorpusText.roughTokens(f)) {
                assertThat(b.find(tokens)).containsExactly(a.find(tokens));
                assertThat(b.probs()).containsExactly(a.probs(), within(1e-12));
                sentences++;
            }
            a.clearAdaptiveData();
            b.clearAdaptiveData();
        }
        assertThat(sentences).isGreaterThan(300);
    }
}
