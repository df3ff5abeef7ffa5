package org.entitas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityTypeTest {

    @Test
    void mapsCorpusLabelsToStandardTypes() {
        assertThat(EntityType.fromLabel("PER")).isEqualTo(EntityType.PERSON);
        assertThat(EntityType.fromLabel("loc")).isEqualTo(EntityType.LOCATION);
        assertThat(EntityType.fromLabel("ORG")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(EntityType.fromLabel("PRODUCT")).isEqualTo(EntityType.of("product"));
    }

    @Test
    void labelIsTheShortFormForStandardTypes() {
        assertThat(EntityType.PERSON.label()).isEqualTo("PER");
        assertThat(EntityType.of("PRODUCT").label()).isEqualTo("PRODUCT");
    }

    @Test
    void rejectsBadNames() {
        assertThatThrownBy(() -> EntityType.of("not a type")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOT A TYPE");
        assertThatThrownBy(() -> new EntityType("person")).hasMessageContaining("'person'");
    }
}
