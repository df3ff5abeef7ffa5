package org.entitas.model.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
        int boundary = nameBoundary(whole, 100_000);
        for (int cut : new int[] {boundary, boundary + 1}) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> reader.create(new ByteArrayInputStream(truncated))).as("cut at %d", cut)
                    .isInstanceOf(IOException.class).hasMessage("the perceptron ends early");
        }
    }

    /** Where the feature name after the first {@code names} starts in a perceptron's bytes. */
    private static int nameBoundary(byte[] perceptron, int names) throws IOException {
        DataInputStream d = new DataInputStream(new ByteArrayInputStream(perceptron));
        d.readUTF();
        for (int i = d.readInt(); i > 0; i--) {
            d.readUTF();
        }
        for (int i = d.readInt(); i > 0; i--) {
            d.readUTF();
        }
        d.readInt();
        for (int i = 0; i < names; i++) {
            d.readUTF();
        }
        return perceptron.length - d.available();
    }

    /** Read on a thread of its own inside a model file, a cut perceptron is the same IOException from the model. */
    @Test
    void aModelWithACutPerceptronFailsWithTheReadersMessage() throws Exception {
        InputStream model = TestCorpusText.bundledNameFinderWith(CompactNameFinderModel.CLASSIFIER_ENTRY,
                data -> Arrays.copyOf(data, data.length / 2));
        assertThatThrownBy(() -> CompactModels.nameFinderModel(model))
                .isInstanceOf(IOException.class).hasMessage("the perceptron ends early");
    }

    /**
     * Feature names are written as modified UTF-8 ({@code writeUTF}); the reader decodes them as UTF-8 and decodes
     * again those where the two differ (U+0000, characters outside the Basic Multilingual Plane) or that hold U+FFFD.
     */
    @Test
    void featureNamesInModifiedUtf8AreReadAsOpenNlpReadsThem() throws Exception {
        String[] names = {"w=biasa", "w=kota\u0000", "w=\uD83D\uDE00", "w=\uFFFD", "w=Sémarang", "w=\u4E2D\u6587",
            "w=\uD83D", "p=\u00E9\uD83C\uDDEE\uD83C\uDDE9"};
        opennlp.tools.ml.model.Context[] weights = new opennlp.tools.ml.model.Context[names.length];
        for (int i = 0; i < names.length; i++) {
            weights[i] = new opennlp.tools.ml.model.Context(new int[] {0, 1}, new double[] {i + 0.5, -i - 0.25});
        }
        PerceptronModel written = new PerceptronModel(weights, names, new String[] {"A", "B"});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new opennlp.tools.ml.perceptron.BinaryPerceptronModelWriter(written,
                new DataOutputStream(bytes)).persist();
        MaxentModel read = (MaxentModel) new PerceptronReader(null).create(new ByteArrayInputStream(bytes.toByteArray()));
        for (String name : names) {
            assertThat(read.eval(new String[] {name})).as(name).containsExactly(written.eval(new String[] {name}),
                    within(1e-12));
            assertThat(read.eval(new String[] {name})[0]).as(name).isNotEqualTo(0.5);
        }
        assertThat(read.eval(new String[] {"w=kota"})).containsExactly(0.5, 0.5);
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
