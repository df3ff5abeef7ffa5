package org.entitas.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.entitas.EntityType;
import org.junit.jupiter.api.Test;

class NameFinderEvaluationTest {

    @Test
    void countsExactSpanMatchesPerType() {
        List<List<String>> gold = List.of(
                List.of("O", "B-LOC", "B-PER", "I-PER", "O", "B-LOC", "B-TIME"),
                List.of("B-ORG", "I-ORG", "O"));
        List<List<String>> predicted = List.of(
                List.of("O", "B-LOC", "B-PER", "O", "O", "B-LOC", "O"),
                List.of("B-ORG", "I-ORG", "B-PER"));
        NameFinderEvaluation.Report r = NameFinderEvaluation.score(gold, predicted, Set.of("PER", "LOC", "ORG"));

        assertThat(r.byType().get(EntityType.LOCATION)).isEqualTo(new Score(2, 2, 2));
        assertThat(r.byType().get(EntityType.PERSON)).isEqualTo(new Score(0, 2, 1));
        assertThat(r.byType().get(EntityType.ORGANIZATION)).isEqualTo(new Score(1, 1, 1));
        assertThat(r.overall()).isEqualTo(new Score(3, 5, 4));
        assertThat(r.overall().precision()).isEqualTo(0.6);
        assertThat(r.overall().recall()).isEqualTo(0.75);
    }

    @Test
    void typesNotAskedForAreIgnored() {
        var r = NameFinderEvaluation.score(List.of(List.of("B-TIME", "B-PER")), List.of(List.of("B-TIME", "O")),
                Set.of("PER"));
        assertThat(r.byType()).containsOnlyKeys(EntityType.PERSON);
        assertThat(r.overall()).isEqualTo(new Score(0, 0, 1));
    }
}
