package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.TokenizedDocument;
import org.entitas.io.IobSpans;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllReader;
import org.entitas.pipeline.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains tiny models from a text resource and uses them through the public API. */
class NameFinderTrainingTest {

    private static final EntityType PRODUCT = EntityType.of("PRODUCT");

    static List<ConllDocument> tinyCorpus() throws IOException {
        var in = NameFinderTrainingTest.class.getResourceAsStream("tiny-ner.tsv");
        try (ConllReader r = new ConllReader(new InputStreamReader(in, StandardCharsets.UTF_8), "tiny-ner.tsv", true)) {
            Optional<ConllDocument> d = r.next();
            return List.of(d.orElseThrow());
        }
    }

    /** Checks that a model trained on {@link #tinyCorpus()} finds the three names of a sentence it never saw. */
    static EntityExtractor findsAPersonAPlaceAndAnOrganization(Path model) {
        EntityExtractor ex = EntityExtractor.builder().nameFinder(model).build();
        assertThat(ex.extract("Menteri Siti Aminah tiba di Medan bersama pimpinan Partai Maju."))
                .extracting(Mention::type, Mention::text).containsExactly(
                tuple(EntityType.PERSON, "Siti Aminah"), tuple(EntityType.LOCATION, "Medan"),
                tuple(EntityType.ORGANIZATION, "Partai Maju"));
        return ex;
    }

    @Test
    void modelWithGazetteerFeaturesSavesLoadsAndFindsNames(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("ner.bin");
        Gazetteer gaz = Gazetteer.builder().add("PERSON", "Budi Santoso").add("LOCATION", "Bandung").build();
        NameFinderTraining.train(tinyCorpus(), Set.of(EntityType.PERSON, EntityType.LOCATION,
                EntityType.ORGANIZATION), NerRecipe.named("entitas").withIterations(30), Optional.of(gaz), List.of(),
                model);

        EntityExtractor ex = findsAPersonAPlaceAndAnOrganization(model);
        assertThat(ex.types()).containsExactlyInAnyOrder(EntityType.PERSON, EntityType.LOCATION,
                EntityType.ORGANIZATION);
    }

    @Test
    void modelWithCuesAndWordClustersSavesLoadsAndFindsNames(@TempDir Path dir) throws IOException {
        Path clusters = Files.writeString(dir.resolve("clusters.txt"), "bandung c1\nmedan c1\nsiti c2\nbudi c2\n");
        Path model = dir.resolve("ner.bin");
        Gazetteer.Builder b = Gazetteer.builder().add("PERSON", "Budi Santoso").add("LOCATION", "Bandung");
        NameFinderTraining.train(tinyCorpus(), Set.of(EntityType.PERSON, EntityType.LOCATION,
                EntityType.ORGANIZATION),
                NerRecipe.named("entitas").withFeatures(FeatureSet.ENTITAS2).withIterations(30),
                Optional.of(CueLists.addTo(b).build()), List.of(clusters), model);

        findsAPersonAPlaceAndAnOrganization(model);
    }

    @Test
    void caseCopiesAddLowerAndUpperCaseSentencesWithTheSameNames() throws IOException {
        List<NameSample> samples = NameFinderTraining.samples(tinyCorpus(), Set.of(EntityType.PERSON));
        List<NameSample> copies = NameFinderTraining.withCaseCopies(samples);
        int n = samples.size();
        assertThat(copies).hasSize(3 * n);
        assertThat(copies.get(n).getSentence()).startsWith("menteri", "budi", "santoso");
        assertThat(copies.get(2 * n).getSentence()).startsWith("MENTERI", "BUDI", "SANTOSO");
        assertThat(copies.get(2 * n).getNames()).isEqualTo(samples.get(0).getNames());
        assertThat(copies.get(n).isClearAdaptiveDataSet()).isTrue();
    }

    @Test
    void clusterFilesAreChecked(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "bandung c1\nmedan\n");
        assertThatThrownBy(() -> NameFinderTraining.train(tinyCorpus(), Set.of(EntityType.PERSON),
                NerRecipe.named("entitas"), Optional.of(Gazetteer.builder().build()), List.of(bad),
                dir.resolve("x.bin")))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.txt, line 2").hasMessageContaining("'medan'");
        assertThatThrownBy(() -> NameFinderTraining.train(tinyCorpus(), Set.of(EntityType.PERSON),
                NerRecipe.named("opennlp-default"), Optional.empty(), List.of(bad), dir.resolve("x.bin")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clusters");
    }

    @Test
    void typesBeyondTheStandardThreeWork(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("ner.bin");
        NameFinderTraining.train(tinyCorpus(), Set.of(PRODUCT, EntityType.ORGANIZATION),
                NerRecipe.named("opennlp-default").withCutoff(1), TrainingResources.NONE, model);

        EntityExtractor ex = EntityExtractor.builder().nameFinder(model).build();
        assertThat(ex.types()).containsExactlyInAnyOrder(PRODUCT, EntityType.ORGANIZATION);
        assertThat(ex.extract("Warga Padang membeli Teh Botol dari Bank Nusantara."))
                .extracting(Mention::type, Mention::text)
                .containsExactly(tuple(PRODUCT, "Teh Botol"), tuple(EntityType.ORGANIZATION, "Bank Nusantara"));
        assertThat(IobSpans.tags(ex.extract(new TokenizedDocument("d",
                List.of(List.of("Warga", "membeli", "Kopi", "Kenangan", "."))))))
                .containsExactly(List.of("O", "O", "B-PRODUCT", "I-PRODUCT", "O"));
    }

    @Test
    void recipeWithGazetteerFeaturesTrainsWithoutAGazetteerDirectoryOnNoNames(@TempDir Path dir)
            throws IOException {
        assertThat(NameFinderTraining.gazetteer(NerRecipe.named("entitas"), TrainingResources.NONE).orElseThrow()
                .size()).isZero();
        assertThat(NameFinderTraining.gazetteer(NerRecipe.named("entitas2"), TrainingResources.NONE).orElseThrow()
                .types()).containsExactly("TITLE", "ORGHEAD", "LOCCUE");
        Path model = dir.resolve("x.bin");
        NameFinderTraining.train(tinyCorpus(), Set.of(PRODUCT), NerRecipe.named("entitas"), TrainingResources.NONE,
                model);
        assertThat(EntityExtractor.builder().nameFinder(model).build()
                .extract("Warga Padang membeli Teh Botol di pasar.")).extracting(Mention::type, Mention::text)
                .containsExactly(tuple(PRODUCT, "Teh Botol"));
        assertThatThrownBy(() -> NameFinderTraining.train(tinyCorpus(), Set.of(EntityType.PERSON),
                NerRecipe.named("entitas"), TrainingResources.gazetteers(dir.resolve("none")), dir.resolve("x.bin")))
                .isInstanceOf(IOException.class).hasMessageContaining("none")
                .hasMessageContaining("gazetteer file not found");
    }

    @Test
    void theTypesOfACorpusAreItsLabelsInOrderOfFirstAppearance() throws IOException {
        assertThat(NameFinderTraining.typesIn(tinyCorpus())).containsExactly(EntityType.PERSON,
                EntityType.LOCATION, EntityType.ORGANIZATION, PRODUCT);
    }

    @Test
    void gazetteersAreReadFromADirectoryWithHyphenVariantsAndWithoutCommonWords(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("person.txt"), "Kim Jong-un\nBudi Santoso\n\n");
        Files.writeString(dir.resolve("place.txt"), "Bandung\nBaru\n");
        Files.writeString(dir.resolve("organization.txt"), "Partai Maju\n");
        Path casing = Files.writeString(dir.resolve("casing.txt"), "rumah itu baru\nkota baru dibangun\nke Bandung\n");

        Gazetteer all = NameFinderTraining.readGazetteers(dir, Optional.empty()).build();
        Gazetteer weeded = NameFinderTraining.readGazetteers(dir, Optional.of(casing)).build();

        assertThat(all.types()).containsExactly("ORGANIZATION", "PERSON", "LOCATION");
        assertThat(all.size()).isEqualTo(6);
        assertThat(weeded.size()).isEqualTo(5);
    }

    @Test
    void theRecipeChoosesWhetherTheGazetteerIsReadAndWhetherCuesJoinIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("person.txt"), "Budi Santoso\n");
        Files.writeString(dir.resolve("place.txt"), "Bandung\n");
        Files.writeString(dir.resolve("organization.txt"), "Partai Maju\n");
        TrainingResources resources = TrainingResources.gazetteers(dir);

        assertThat(NameFinderTraining.gazetteer(NerRecipe.named("opennlp-default"), resources)).isEmpty();
        assertThat(NameFinderTraining.gazetteer(NerRecipe.named("entitas"), resources).orElseThrow().types())
                .containsExactly("ORGANIZATION", "PERSON", "LOCATION");
        assertThat(NameFinderTraining.gazetteer(NerRecipe.named("entitas2"), resources).orElseThrow().types())
                .containsExactly("ORGANIZATION", "PERSON", "LOCATION", "TITLE", "ORGHEAD", "LOCCUE");
    }

    @Test
    void recipesValidateTheirFields() {
        assertThatThrownBy(() -> NerRecipe.named("fast")).hasMessageContaining("'fast'");
        assertThatThrownBy(() -> NerRecipe.named("entitas").withIterations(0)).hasMessageContaining(": 0");
        assertThatThrownBy(() -> NerRecipe.named("entitas").withBeamSize(0)).hasMessageContaining("beamSize");
        assertThatThrownBy(() -> NerRecipe.named("entitas").withCodec(null)).hasMessageContaining("codec");
        assertThat(NerRecipe.named("entitas2")).extracting(NerRecipe::features, NerRecipe::caseCopies)
                .containsExactly(FeatureSet.ENTITAS2, true);
        assertThat(NerRecipe.named("opennlp-default")).extracting(NerRecipe::algorithm, NerRecipe::codec)
                .containsExactly(Algorithm.MAXENT, Codec.BIO);
    }

    @Test
    void aRecipeReportsItsChoicesByTheirLabels() {
        assertThat(NerRecipe.named("entitas2").withAlgorithm(Algorithm.MAXENT_QN).withCodec(Codec.BILOU)
                .withFeatures(FeatureSet.ENTITAS_CUES)).hasToString(
                "entitas2 (MAXENT_QN, 30 iterations, cutoff 0, entitas-cues features, BILOU, case copies, beam 1)");
    }
}
