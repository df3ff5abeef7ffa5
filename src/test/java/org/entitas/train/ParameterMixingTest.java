package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.entitas.EntityType;
import org.entitas.pipeline.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterMixingTest {

    private static NameSample sample(String word, boolean first) {
        return new NameSample(new String[] {word, "datang"}, new Span[] {new Span(0, 1, "PER")}, first);
    }

    @Test
    void sentencesAreShuffledWithinTheirDocumentsAndEachDocumentStillStartsClearing() {
        List<NameSample> samples = List.of(sample("a1", true), sample("a2", false), sample("a3", false),
                sample("a4", false), sample("a5", false), sample("b1", true), sample("b2", false),
                sample("b3", false), sample("b4", false), sample("b5", false));

        List<NameSample> shuffled = ParameterMixing.shuffledWithinDocuments(samples, 7);

        assertThat(shuffled).extracting(s -> s.getSentence()[0]).isNotEqualTo(
                samples.stream().map(s -> s.getSentence()[0]).toList());
        assertThat(shuffled.subList(0, 5)).extracting(s -> s.getSentence()[0])
                .containsExactlyInAnyOrder("a1", "a2", "a3", "a4", "a5");
        assertThat(shuffled.subList(5, 10)).extracting(s -> s.getSentence()[0])
                .containsExactlyInAnyOrder("b1", "b2", "b3", "b4", "b5");
        assertThat(shuffled).extracting(NameSample::isClearAdaptiveDataSet)
                .containsExactly(true, false, false, false, false, true, false, false, false, false);
        assertThat(shuffled.get(3).getNames()).containsExactly(new Span(0, 1, "PER"));
        assertThat(ParameterMixing.shuffledWithinDocuments(samples, 7)).extracting(s -> s.getSentence()[0])
                .isEqualTo(shuffled.stream().map(s -> s.getSentence()[0]).toList());
    }

    @Test
    void theMixedWeightsAreTheMeansFeatureByFeatureWhateverTheOrderOfTheOutcomes() {
        PerceptronModel a = new PerceptronModel(new Context[] {
            new Context(new int[] {0, 1}, new double[] {1.0, 3.0}),
            new Context(new int[] {1}, new double[] {2.0})},
                new String[] {"w=budi", "w=di"}, new String[] {"other", "person-start"});
        PerceptronModel b = new PerceptronModel(new Context[] {
            new Context(new int[] {0, 1}, new double[] {5.0, 3.0}),
            new Context(new int[] {0}, new double[] {4.0})},
                new String[] {"w=budi", "w=ke"}, new String[] {"person-start", "other"});

        MaxentModel mixed = ParameterMixing.mean(List.of(a, b), 0);

        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) ((PerceptronModel) mixed).getDataStructures()[1];
        assertThat(mixed.getNumOutcomes()).isEqualTo(2);
        assertThat(mixed.getOutcome(0)).isEqualTo("other");
        assertThat(features).containsOnlyKeys("w=budi", "w=di", "w=ke");
        assertThat(features.get("w=budi").getParameters()).containsExactly(2.0, 4.0); // (1+3)/2, (3+5)/2
        assertThat(features.get("w=di").getParameters()).containsExactly(0.0, 1.0);
        assertThat(features.get("w=ke").getParameters()).containsExactly(0.0, 2.0);

        @SuppressWarnings("unchecked")
        Map<String, Context> kept = (Map<String, Context>) ((PerceptronModel) ParameterMixing.mean(List.of(a, b),
                1.5)).getDataStructures()[1];
        assertThat(kept).containsOnlyKeys("w=budi", "w=ke"); // w=di: 0 and 1, both under 1.5
        assertThat(kept.get("w=budi").getOutcomes()).containsExactly(0, 1);
        assertThat(kept.get("w=ke").getOutcomes()).containsExactly(1);
        assertThat(kept.get("w=ke").getParameters()).containsExactly(2.0);
    }

    @Test
    void onlyPerceptronsWithTheSameOutcomesAreMixed() {
        PerceptronModel a = new PerceptronModel(new Context[0], new String[0], new String[] {"other", "x"});
        PerceptronModel b = new PerceptronModel(new Context[0], new String[0], new String[] {"other", "y"});
        assertThatThrownBy(() -> ParameterMixing.mean(List.of(a, b), 0)).hasMessageContaining("other outcomes");
        assertThatThrownBy(() -> ParameterMixing.mean(List.of(), 0)).hasMessageContaining("no model");
    }

    @Test
    void aRecipeWithSeveralOrdersTrainsOneModelThatFindsNames(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("ner.bin");
        Gazetteer gaz = Gazetteer.builder().add("PERSON", "Budi Santoso").add("LOCATION", "Bandung").build();
        NameFinderTraining.train(NameFinderTrainingTest.tinyCorpus(), Set.of(EntityType.PERSON,
                EntityType.LOCATION, EntityType.ORGANIZATION), NerRecipe.named("entitas").withOrders(3),
                Optional.of(gaz), List.of(), model);

        NameFinderTrainingTest.findsAPersonAPlaceAndAnOrganization(model);
    }

    @Test
    void severalOrdersNeedThePerceptron() {
        assertThatThrownBy(() -> NerRecipe.named("entitas").withOrders(2).withAlgorithm(Algorithm.MAXENT))
                .hasMessageContaining("perceptron");
        assertThatThrownBy(() -> NerRecipe.named("entitas").withOrders(0)).hasMessageContaining("orders");
        assertThat(NerRecipe.named("entitas").withOrders(3).toString()).endsWith(", 3 orders mixed");
    }

    @Test
    void seedZeroKeepsTheFirstOrderAsGivenAndAnotherSeedShufflesEveryOrderTheSameWayEachTime() {
        List<NameSample> samples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            samples.add(new NameSample(new String[] {"kalimat", "ke-" + i}, new Span[0], i == 0));
        }
        assertThat(sentences(ParameterMixing.order(samples, 0, 0))).isEqualTo(sentences(samples));
        assertThat(sentences(ParameterMixing.order(samples, 1, 0)))
                .isEqualTo(sentences(ParameterMixing.shuffledWithinDocuments(samples, 1)));

        List<String> seeded = sentences(ParameterMixing.order(samples, 0, 5));
        assertThat(seeded).isNotEqualTo(sentences(samples))
                .containsExactlyInAnyOrderElementsOf(sentences(samples))
                .isEqualTo(sentences(ParameterMixing.order(samples, 0, 5)))
                .isNotEqualTo(sentences(ParameterMixing.order(samples, 0, 6)))
                .isNotEqualTo(sentences(ParameterMixing.order(samples, 1, 5)));
        assertThat(ParameterMixing.order(samples, 0, 5).get(0).isClearAdaptiveDataSet()).isTrue();
    }

    @Test
    void theOrderSeedIsPartOfTheRecipe() {
        assertThat(NerRecipe.named("entitas5").orderSeed()).isZero();
        assertThat(NerRecipe.named("entitas5").withOrderSeed(3).toString()).endsWith(", 5 orders mixed, order seed 3");
        assertThat(NerRecipe.named("entitas5").toString()).doesNotContain("seed");
        assertThatThrownBy(() -> NerRecipe.named("entitas5").withOrderSeed(-1)).hasMessageContaining("orderSeed");
    }

    private static List<String> sentences(List<NameSample> samples) {
        return samples.stream().map(s -> String.join(" ", s.getSentence())).toList();
    }
}
