package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gaz = Gazetteer.builder()
            .add("LOCATION", "Korea Utara").add("LOCATION", "Korea")
            .add("PERSON", "Kim Jong Un").add("ORGANIZATION", "Gedung Putih").add("PERSON", "Putih")
            .build();

    @Test
    void matchesLongestNamesPerTypeIgnoringCase() {
        String[] tokens = {"Pemimpin", "KOREA", "Utara", "Kim", "Jong", "Un", "dan", "Gedung", "Putih"};
        String[][] f = gaz.match(tokens);
        assertThat(f[0]).isEmpty();
        assertThat(f[1]).containsExactly("LOCATION:B");
        assertThat(f[2]).containsExactly("LOCATION:L");
        assertThat(f[3]).containsExactly("PERSON:B");
        assertThat(f[4]).containsExactly("PERSON:I");
        assertThat(f[5]).containsExactly("PERSON:L");
        assertThat(f[7]).containsExactly("ORGANIZATION:B");
        assertThat(f[8]).containsExactlyInAnyOrder("ORGANIZATION:L", "PERSON:U");
    }

    @Test
    void roundTripsThroughItsTextForm() throws IOException {
        StringWriter w = new StringWriter();
        gaz.write(w);
        Gazetteer back = Gazetteer.read(new StringReader(w.toString()), "test");
        assertThat(back.size()).isEqualTo(gaz.size());
        String[] tokens = {"kim", "jong", "un"};
        assertThat(back.match(tokens)).isDeepEqualTo(gaz.match(tokens));
    }

    @Test
    void theBundledModelsGazetteerReadsBackAsTheTokenizingBuilderWouldBuildIt() throws IOException {
        String stored;
        try (java.util.zip.ZipFile model = new java.util.zip.ZipFile("models/id/id-ner.bin")) {
            stored = new String(model.getInputStream(model.getEntry("gazetteer.gaz")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        // read splits each name at its spaces; the builder's add cuts it into tokens again: the same trie, the
        // same types in the same order
        Gazetteer.Builder tokenizing = Gazetteer.builder();
        stored.lines().forEach(l -> tokenizing.add(l.substring(0, l.indexOf('\t')),
                l.substring(l.indexOf('\t') + 1)));
        StringWriter viaRead = new StringWriter();
        Gazetteer.read(new StringReader(stored), "id-ner.bin").write(viaRead);
        StringWriter viaTokens = new StringWriter();
        tokenizing.build().write(viaTokens);

        assertThat(stored.lines().count()).isGreaterThan(100_000);
        assertThat(viaRead.toString()).isEqualTo(viaTokens.toString());
    }

    @Test
    void badLineNamesSourceAndLine() {
        assertThatThrownBy(() -> Gazetteer.read(new StringReader("PERSON\tBudi\nrusak\n"), "names.gaz"))
                .isInstanceOf(IOException.class).hasMessageContaining("names.gaz, line 2");
    }
}
