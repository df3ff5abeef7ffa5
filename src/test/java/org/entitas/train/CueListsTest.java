package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.entitas.pipeline.Gazetteer;
import org.junit.jupiter.api.Test;

class CueListsTest {

    @Test
    void cuesBecomeGazetteerTypesOfTheirOwn() {
        Gazetteer g = CueLists.addTo(Gazetteer.builder().add("PERSON", "Budi")).build();
        assertThat(g.types()).containsExactly("PERSON", "TITLE", "ORGHEAD", "LOCCUE");
    }
}
