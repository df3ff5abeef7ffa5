package org.entitas.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllReader;
import org.junit.jupiter.api.Test;

class NameFinderEvaluationTest {

    @Test
    void countsExactSpanMatchesPerType() throws IOException {
        String gold = "Presiden\tO\nRusia\tB-LOC\nVladimir\tB-PER\nPutin\tI-PER\ntiba\tO\ndi\tO\n"
                + "Pyongyang\tB-LOC\npukul\tB-TIME\n";
        List<ConllDocument> docs;
        try (ConllReader r = new ConllReader(new StringReader(gold), "gold", true)) {
            docs = List.of(r.next().orElseThrow());
        }
        EntityExtractor ex = EntityExtractor.indonesian();
        List<List<String>> predicted = ex.tagTokens(docs.get(0).tokens());
        var report = NameFinderEvaluation.evaluate(ex, docs);

        assertThat(report.byType()).containsKeys(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);
        assertThat(report.byType().get(EntityType.LOCATION).gold()).isEqualTo(2);
        assertThat(report.byType().get(EntityType.PERSON).gold()).isEqualTo(1);
        assertThat(report.overall().gold()).isEqualTo(3);
        long predictedEntities = predicted.get(0).stream().filter(t -> t.startsWith("B-")).count();
        assertThat(report.overall().predicted()).isEqualTo(predictedEntities);
    }
}
