package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfidenceCalibrationTest {

    @Test
    void logisticFitSeparatesLowFromHighScores() {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double x = 0.2 + 0.15 * (i / 200.0);
            // right more often as the score grows: 10% at the bottom, 90% at the top
            boolean right = (i * 37 % 100) < 10 + 80 * i / 200;
            points.add(new double[] {x, right ? 1 : 0});
        }
        double[] ab = ConfidenceCalibration.logistic(points);
        ConfidenceCalibration.Fit fit = new ConfidenceCalibration.Fit(ab[0], ab[1], 200, 0);
        assertThat(fit.slope()).isPositive();
        assertThat(fit.apply(0.2)).isLessThan(0.25);
        assertThat(fit.apply(0.35)).isGreaterThan(0.75);
    }

    @Test
    void extractorAppliesTheCalibrationStoredInTheModel(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("ner.bin");
        NameFinderTraining.train(NameFinderTrainingTest.tinyCorpus(),
                Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION),
                NerRecipe.named("opennlp-default").withCutoff(1), TrainingResources.NONE, model);
        String text = "Menteri Siti Aminah tiba di Medan bersama pimpinan Partai Maju.";
        List<Mention> raw = EntityExtractor.builder().nameFinder(model).build().extract(text);

        ConfidenceCalibration.Fit fit = new ConfidenceCalibration.Fit(2, -1, 10, 5);
        ConfidenceCalibration.write(model, fit);
        List<Mention> calibrated = EntityExtractor.builder().nameFinder(model).build().extract(text);

        assertThat(calibrated).hasSameSizeAs(raw).isNotEmpty();
        for (int i = 0; i < raw.size(); i++) {
            assertThat(calibrated.get(i).text()).isEqualTo(raw.get(i).text());
            assertThat(calibrated.get(i).confidence()).isCloseTo(fit.apply(raw.get(i).confidence()), within(1e-9));
        }
    }
}
