package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compact perceptron gives OpenNLP's probabilities to 1e-12, and on the test corpus the same names. */
class CompactPerceptronTest {

    static TokenNameFinderModel plain;
    static TokenNameFinderModel compact;

    @BeforeAll
    static void load() throws Exception {
        OpenNlpExtensions.allow();
        try (InputStream in = CompactPerceptronTest.class.getResourceAsStream(ModelLoader.BUNDLED_ROOT + "id-ner.bin")) {
            plain = new TokenNameFinderModel(in);
        }
        try (InputStream in = CompactPerceptronTest.class.getResourceAsStream(ModelLoader.BUNDLED_ROOT + "id-ner.bin")) {
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
        MaxentModel fast = new CompactPerceptron(original);
        @SuppressWarnings("unchecked")
        List<String> known = new ArrayList<>(((Map<String, ?>) original.getDataStructures()[1]).keySet());
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            String[] context = new String[1 + random.nextInt(60)];
            float[] values = new float[context.length];
            for (int i = 0; i < context.length; i++) {
                context[i] = random.nextInt(5) == 0 ? "unknown=" + random.nextInt(1000) : known.get(random.nextInt(known.size()));
                values[i] = random.nextFloat() * 2;
            }
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
    void sameNamesAndProbabilitiesOnTheTestCorpus() throws Exception {
        NameFinderME a = new NameFinderME(plain);
        NameFinderME b = new NameFinderME(compact);
        int sentences = 0;
        try (var files = Files.list(Path.of("test-corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] tokens = line.strip().split("\\s+|(?=[,.:;\"()])|(?<=[\"(])");
                    if (tokens.length == 0 || tokens[0].isEmpty()) {
                        continue;
                    }
                    assertThat(b.find(tokens)).containsExactly(a.find(tokens));
                    assertThat(b.probs()).containsExactly(a.probs(), within(1e-12));
                    sentences++;
                }
                a.clearAdaptiveData();
                b.clearAdaptiveData();
            }
        }
        assertThat(sentences).isGreaterThan(300);
    }
}
