package org.entitas.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void computesPrecisionRecallF1() {
        Score s = new Score(6, 8, 10);
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.6);
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
        assertThat(new Score(0, 0, 0).f1()).isZero();
        assertThat(s.plus(new Score(1, 2, 3))).isEqualTo(new Score(7, 10, 13));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> new Score(5, 4, 10)).hasMessageContaining("true positives 5");
    }
}
