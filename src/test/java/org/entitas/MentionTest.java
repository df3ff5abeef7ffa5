package org.entitas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MentionTest {

    @Test
    void validatesOffsetsAgainstText() {
        assertThatThrownBy(() -> new Mention(EntityType.PERSON, "Putin", 3, 4, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Putin'");
        assertThatThrownBy(() -> new Mention(EntityType.PERSON, "Putin", -1, 4, 0.5, 0))
                .hasMessageContaining("-1");
    }

    @Test
    void validatesConfidence() {
        assertThatThrownBy(() -> new Mention(EntityType.PERSON, "Putin", 0, 5, 1.5, 0))
                .hasMessageContaining("confidence must be in [0, 1]: 1.5");
    }

    @Test
    void shiftsOffsets() {
        assertThat(new Mention(EntityType.PERSON, "Putin", 0, 5, 0.5, 2).shift(10))
                .isEqualTo(new Mention(EntityType.PERSON, "Putin", 10, 15, 0.5, 2));
    }
}
