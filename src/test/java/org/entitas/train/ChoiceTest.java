package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import org.junit.jupiter.api.Test;

class ChoiceTest {

    @Test
    void labelsAreTheCommandLineSpellings() {
        assertThat(Choice.labels(FeatureSet.class)).containsExactly("default", "entitas", "entitas-cues", "entitas2", "entitas3", "entitas4",
                "entitas4-organizations");
        assertThat(Choice.labels(Codec.class)).containsExactly("bio", "bilou");
        assertThat(Choice.labels(Algorithm.class)).containsExactly("PERCEPTRON", "MAXENT", "MAXENT_QN");
    }

    @Test
    void labelsAreMatchedWithoutRegardToCase() {
        assertThat(FeatureSet.of("entitas-cues")).isEqualTo(FeatureSet.ENTITAS_CUES);
        assertThat(FeatureSet.of("ENTITAS2")).isEqualTo(FeatureSet.ENTITAS2);
        assertThat(Codec.of("BILOU")).isEqualTo(Codec.BILOU);
        assertThat(Algorithm.of("maxent_qn")).isEqualTo(Algorithm.MAXENT_QN);
    }

    @Test
    void anUnknownLabelIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> FeatureSet.of("entitas9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown feature set 'entitas9'; known: [default, entitas, entitas-cues, entitas2, entitas3, entitas4, entitas4-organizations]");
        assertThatThrownBy(() -> Codec.of("bioes")).hasMessage("unknown codec 'bioes'; known: [bio, bilou]");
        assertThatThrownBy(() -> Algorithm.of("GIS")).hasMessageContaining("'GIS'").hasMessageContaining("MAXENT_QN");
        assertThatThrownBy(() -> Algorithm.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("algorithm");
    }

    @Test
    void algorithmLabelsAreOpenNlpsTrainerNamesAsWrittenIntoModels() {
        assertThat(Algorithm.PERCEPTRON.label()).isEqualTo(PerceptronTrainer.PERCEPTRON_VALUE);
        assertThat(Algorithm.MAXENT.label()).isEqualTo(GISTrainer.MAXENT_VALUE);
        assertThat(Algorithm.MAXENT_QN.label()).isEqualTo(QNTrainer.MAXENT_QN_VALUE);
        assertThat(ModelFiles.params(Algorithm.MAXENT_QN, 10, 1).algorithm()).isEqualTo("MAXENT_QN");
    }

    @Test
    void featureSetsSayWhatTheyUse() {
        assertThat(FeatureSet.DEFAULT.usesGazetteer()).isFalse();
        assertThat(FeatureSet.ENTITAS).extracting(FeatureSet::usesGazetteer, FeatureSet::usesCues)
                .containsExactly(true, false);
        assertThat(FeatureSet.ENTITAS_CUES.usesCues()).isTrue();
        assertThat(FeatureSet.ENTITAS2.usesCues()).isTrue();
        assertThat(FeatureSet.ENTITAS_CUES.descriptorResource()).isEqualTo(FeatureSet.ENTITAS.descriptorResource());
        assertThat(FeatureSet.ENTITAS2.descriptorResource()).isEqualTo("ner-entitas2-features.xml");
        assertThatThrownBy(FeatureSet.DEFAULT::descriptorResource).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void codecsAreOpenNlpsCodecs() {
        assertThat(Codec.BIO.sequenceCodec()).isInstanceOf(BioCodec.class);
        assertThat(Codec.BILOU.sequenceCodec()).isInstanceOf(BilouCodec.class);
    }
}
