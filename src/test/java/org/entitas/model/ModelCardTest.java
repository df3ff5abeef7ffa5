package org.entitas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entitas.EntityExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCardTest {

    @Test
    void theBundledModelsCarryTheirRecord() {
        ModelCard card = EntityExtractor.indonesian().model();

        assertThat(card.source()).isEqualTo("bundled");
        assertThat(card.name()).hasValue("entitas-id");
        assertThat(card.version()).isPresent();
        assertThat(card.trainingData()).hasValueSatisfying(t -> assertThat(t).contains("idner-news-2k"));
        assertThat(card.f1()).containsEntry("nerui-dev", 0.881).containsKeys("idner-news-2k-dev", "nerugm-dev",
                "nergrit-dev", "test-corpus");
        assertThat(card.describe()).startsWith("entitas-id ").contains("F1:").contains("nerui-dev 0.881");
    }

    @Test
    void aDirectoryWithoutARecordHasItsSourceAlone(@TempDir Path dir) throws IOException {
        assertThat(ModelCard.of(dir)).isEqualTo(ModelCard.unknown(dir.toString()));
        assertThat(ModelCard.unknown("x.bin").describe()).isEqualTo("models (x.bin)");
    }

    @Test
    void aScoreThatIsNotANumberNamesTheFileAndTheKey(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ModelCard.FILE_NAME), "name=mine\nf1.dev=tinggi\n");

        assertThatThrownBy(() -> ModelCard.of(dir)).hasMessageContaining("model.properties")
                .hasMessageContaining("f1.dev").hasMessageContaining("tinggi");
    }
}
