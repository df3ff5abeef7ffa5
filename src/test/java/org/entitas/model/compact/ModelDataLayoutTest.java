package org.entitas.model.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.Version;
import org.junit.jupiter.api.Test;

/**
 * Pins the layout of OpenNLP's model data that this package reads by position ({@link ModelData}), on models OpenNLP
 * trains here from a handful of events. When an OpenNLP upgrade breaks a check, each failure says what to re-check.
 */
class ModelDataLayoutTest {

    /** The OpenNLP release whose layout these checks were last read against. */
    private static final String CHECKED_AGAINST = "2.5.9";

    private static final List<Event> EVENTS = List.of(
            new Event("PER", new String[] {"w=joko", "cap", "prev=presiden"}),
            new Event("PER", new String[] {"w=widodo", "cap", "prev=joko"}),
            new Event("LOC", new String[] {"w=jakarta", "cap", "prev=di"}),
            new Event("LOC", new String[] {"w=bandung", "cap", "prev=ke"}),
            new Event("O", new String[] {"w=tiba", "prev=widodo"}),
            new Event("O", new String[] {"w=di", "prev=tiba"}));

    private static AbstractModel train(String algorithm) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(TrainingParameters.ITERATIONS_PARAM, 20);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(EVENTS));
    }

    @Test
    void openNlpIsTheReleaseTheLayoutWasCheckedAgainst() {
        assertThat(Version.currentVersion().toString())
                .as("OpenNLP changed release. " + ModelData.RECHECK + "; then set CHECKED_AGAINST in "
                        + getClass().getSimpleName())
                .isEqualTo(CHECKED_AGAINST);
    }

    @Test
    void aMaxentModelHoldsItsFeaturesAtOneAndItsOutcomesAtTwo() throws IOException {
        assertLayout(train("MAXENT"));
    }

    @Test
    void aPerceptronModelHoldsItsFeaturesAtOneAndItsOutcomesAtTwo() throws IOException {
        assertLayout(train("PERCEPTRON"));
    }

    @Test
    void theCompactMaxentComputesWhatGisComputes() throws IOException {
        GISModel gis = (GISModel) train("MAXENT");
        CompactMaxent compact = new CompactMaxent(gis);
        for (Event e : EVENTS) {
            assertThat(compact.eval(e.getContext())).as(ModelData.RECHECK)
                    .containsExactly(gis.eval(e.getContext()), within(0.0));
        }
    }

    private static void assertLayout(AbstractModel model) {
        Map<String, Context> features = ModelData.features(model);
        Set<String> seen = new TreeSet<>();
        EVENTS.forEach(e -> seen.addAll(Arrays.asList(e.getContext())));
        assertThat(new TreeSet<>(features.keySet())).as(ModelData.RECHECK).isEqualTo(seen);
        for (Context c : features.values()) {
            assertThat(c.getOutcomes()).as(ModelData.RECHECK).hasSameSizeAs(c.getParameters());
            assertThat(Arrays.stream(c.getOutcomes())).as(ModelData.RECHECK)
                    .allSatisfy(o -> assertThat(o).isBetween(0, model.getNumOutcomes() - 1));
        }
        String[] outcomes = ModelData.outcomes(model);
        assertThat(outcomes).as(ModelData.RECHECK).hasSize(model.getNumOutcomes());
        for (int o = 0; o < outcomes.length; o++) {
            assertThat(outcomes[o]).as(ModelData.RECHECK).isEqualTo(model.getOutcome(o));
        }
    }
}
