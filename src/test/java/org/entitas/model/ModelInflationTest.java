package org.entitas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How far a model file may inflate before it is taken for a zip bomb. */
class ModelInflationTest {

    @Test
    void fiftyTimesTheFileAtLeast64MiBAndAtMostHalfTheHeap() {
        assertThat(ModelLoader.maxInflated(1000, 1L << 40)).isEqualTo(64L << 20);
        assertThat(ModelLoader.maxInflated(10L << 20, 1L << 40)).isEqualTo(500L << 20);
        assertThat(ModelLoader.maxInflated(10L << 20, 512L << 20)).isEqualTo(256L << 20);
        assertThat(ModelLoader.maxInflated(Long.MAX_VALUE / 2, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE / 2);
    }
}
