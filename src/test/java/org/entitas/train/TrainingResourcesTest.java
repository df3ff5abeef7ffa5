package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingResourcesTest {

    @Test
    void copyMethodsFillInOneFieldEach() {
        TrainingResources r = TrainingResources.gazetteers(Path.of("gaz")).withGazetteerCasing(Path.of("text.txt"))
                .withClusters(List.of(Path.of("c1.txt"), Path.of("c2.txt")));
        assertThat(r).isEqualTo(new TrainingResources(Optional.of(Path.of("gaz")), Optional.of(Path.of("text.txt")),
                List.of(Path.of("c1.txt"), Path.of("c2.txt"))));
        assertThat(TrainingResources.NONE.gazetteers()).isEmpty();
        assertThat(TrainingResources.NONE.clusters()).isEmpty();
    }

    @Test
    void casingTextNeedsAGazetteerDirectory() {
        assertThatThrownBy(() -> TrainingResources.NONE.withGazetteerCasing(Path.of("text.txt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gazetteer directory")
                .hasMessageContaining("text.txt");
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> new TrainingResources(null, Optional.empty(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("gazetteers");
        assertThatThrownBy(() -> TrainingResources.NONE.withClusters(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("clusters");
        assertThatThrownBy(() -> TrainingResources.NONE.withClusters(Arrays.asList(Path.of("a"), null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TrainingResources.gazetteers(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("directory");
    }

    @Test
    void clustersAreCopied() {
        List<Path> files = new ArrayList<>(List.of(Path.of("c1.txt")));
        TrainingResources r = TrainingResources.NONE.withClusters(files);
        files.add(Path.of("c2.txt"));
        assertThat(r.clusters()).containsExactly(Path.of("c1.txt"));
    }
}
