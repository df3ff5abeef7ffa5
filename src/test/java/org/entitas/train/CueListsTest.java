package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.entitas.pipeline.Gazetteer;
import org.junit.jupiter.api.Test;

class CueListsTest {

    @Test
    void listsAreReadWithoutCommentsOrBlankLines() throws IOException {
        assertThat(CueLists.read("cues-title.txt")).contains("Presiden", "Wali Kota", "H.")
                .noneMatch(l -> l.startsWith("#") || l.isBlank());
        assertThat(CueLists.read("cues-orghead.txt")).contains("PT", "Partai", "Kementerian");
        assertThat(CueLists.read("cues-loccue.txt")).contains("Kabupaten", "Jalan", "Pulau");
    }

    @Test
    void cuesBecomeGazetteerTypesOfTheirOwn() throws IOException {
        Gazetteer g = CueLists.addTo(Gazetteer.builder().add("PERSON", "Budi")).build();
        assertThat(g.types()).containsExactly("PERSON", "TITLE", "ORGHEAD", "LOCCUE");
    }
}
