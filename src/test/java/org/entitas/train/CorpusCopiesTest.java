package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.pipeline.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCopiesTest {

    /** Gives one feature: the token. */
    private static final class TokenOnly implements NameContextGenerator {
        @Override
        public String[] getContext(int index, String[] tokens, String[] prior, Object[] additional) {
            return new String[] {"w=" + tokens[index]};
        }

        @Override
        public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
        }

        @Override
        public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        }

        @Override
        public void clearAdaptiveData() {
        }
    }

    @Test
    void whileASampleIsReadItsFeaturesComeTwiceTheSecondTimePrivateToItsCorpus() throws IOException {
        CorpusCopies copies = new CorpusCopies(new TokenOnly());
        NameSample a = new NameSample(new String[] {"Budi", "datang"}, new Span[0], true);
        NameSample b = new NameSample(new String[] {"Ani", "pergi"}, new Span[0], true);
        ObjectStream<NameSample> stream = copies.stream(List.of(a, b), new int[] {0, 3});

        assertThat(copies.getContext(0, a.getSentence(), null, null)).containsExactly("w=Budi");
        assertThat(stream.read()).isSameAs(a);
        assertThat(copies.getContext(0, a.getSentence(), null, null))
                .containsExactly("w=Budi", CorpusCopies.PREFIX + "0=w=Budi");
        assertThat(stream.read()).isSameAs(b);
        assertThat(copies.getContext(1, b.getSentence(), null, null))
                .containsExactly("w=pergi", CorpusCopies.PREFIX + "3=w=pergi");
        assertThat(stream.read()).isNull();
        assertThat(copies.getContext(0, a.getSentence(), null, null)).containsExactly("w=Budi");

        stream.reset();
        assertThat(stream.read()).isSameAs(a);
        assertThatThrownBy(() -> copies.stream(List.of(a), new int[2])).hasMessageContaining("2 corpus numbers for 1");
    }

    @Test
    void theSharedModelKeepsTheSharedWeightsAndDropsThePrivateCopies() {
        String[] outcomes = {"other", "person-start"};
        Context shared = new Context(new int[] {0, 1}, new double[] {-0.5, 2.0});
        Context own = new Context(new int[] {0, 1}, new double[] {3.0, -1.0});
        PerceptronModel trained = new PerceptronModel(new Context[] {shared, own},
                new String[] {"w=Budi", CorpusCopies.PREFIX + "1=w=Budi"}, outcomes);

        MaxentModel kept = CorpusCopies.shared(trained);

        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) ((PerceptronModel) kept).getDataStructures()[1];
        assertThat(features).containsOnlyKeys("w=Budi");
        assertThat(kept.eval(new String[] {"w=Budi"})).containsExactly(trained.eval(new String[] {"w=Budi"}));
        assertThat(kept.getBestOutcome(kept.eval(new String[] {"w=Budi"}))).isEqualTo("person-start");
    }

    @Test
    void aNameFinderTrainedOnTwoCorporaWithCopiesStoresNoCopyAndFindsNames(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("ner.bin");
        Gazetteer gaz = Gazetteer.builder().add("PERSON", "Budi Santoso").add("LOCATION", "Bandung").build();
        List<org.entitas.io.ConllDocument> corpus = NameFinderTrainingTest.tinyCorpus();
        NameFinderTraining.train(List.of(corpus, corpus), Set.of(EntityType.PERSON, EntityType.LOCATION,
                EntityType.ORGANIZATION), NerRecipe.named("entitas").withCorpusCopies(true), Optional.of(gaz),
                List.of(), model);

        try (ZipFile zip = new ZipFile(model.toFile())) {
            String weights = new String(zip.getInputStream(zip.getEntry("nameFinder.model")).readAllBytes(),
                    StandardCharsets.ISO_8859_1);
            assertThat(weights).contains("w=budi").doesNotContain(CorpusCopies.PREFIX);
        }
        EntityExtractor ex = EntityExtractor.builder().nameFinder(model).build();
        assertThat(ex.extract("Menteri Siti Aminah tiba di Medan bersama pimpinan Partai Maju."))
                .extracting(Mention::type, Mention::text).containsExactly(
                tuple(EntityType.PERSON, "Siti Aminah"), tuple(EntityType.LOCATION, "Medan"),
                tuple(EntityType.ORGANIZATION, "Partai Maju"));
    }

    @Test
    void copiesNeedThePerceptron(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> NameFinderTraining.train(
                List.of(NameFinderTrainingTest.tinyCorpus(), NameFinderTrainingTest.tinyCorpus()),
                Set.of(EntityType.PERSON), NerRecipe.named("entitas").withAlgorithm(Algorithm.MAXENT)
                        .withCorpusCopies(true), Optional.of(Gazetteer.builder().build()), List.of(),
                dir.resolve("x.bin"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perceptron");
    }
}
