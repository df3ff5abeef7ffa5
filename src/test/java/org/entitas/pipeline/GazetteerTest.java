package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipFile;
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
    void roundTripsThroughItsBinaryFormByteForByte() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        gaz.writeBinary(bytes);
        Gazetteer back = Gazetteer.readBinary(new ByteArrayInputStream(bytes.toByteArray()), "test");
        assertThat(back.types()).isEqualTo(gaz.types());
        assertThat(back.size()).isEqualTo(gaz.size());
        assertThat(text(back)).isEqualTo(text(gaz));
        String[] tokens = {"Pemimpin", "KOREA", "Utara", "Kim", "Jong", "Un", "dan", "Gedung", "Putih"};
        assertThat(back.match(tokens)).isDeepEqualTo(gaz.match(tokens));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        back.writeBinary(again);
        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
    }

    @Test
    void theSerializerReadsBothFormsAndWritesTheBinaryOne() throws IOException {
        GazetteerSerializer serializer = new GazetteerSerializer();
        ByteArrayOutputStream binary = new ByteArrayOutputStream();
        serializer.serialize(gaz, binary);
        assertThat(Gazetteer.isBinary(new BufferedInputStream(
                new ByteArrayInputStream(binary.toByteArray())))).isTrue();
        assertThat(text(serializer.create(new ByteArrayInputStream(binary.toByteArray())))).isEqualTo(text(gaz));
        byte[] lines = text(gaz).getBytes(StandardCharsets.UTF_8);
        assertThat(text(serializer.create(new ByteArrayInputStream(lines)))).isEqualTo(text(gaz));
    }

    @Test
    void aDamagedBinaryFormIsAnErrorNamingTheSource() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        gaz.writeBinary(bytes);
        byte[] whole = bytes.toByteArray();
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> Gazetteer.readBinary(new ByteArrayInputStream(truncated), "names.gaz"))
                    .as("cut at byte %d", cut)
                    .isInstanceOf(IOException.class).hasMessageStartingWith("names.gaz: ");
        }
        for (int at = 8; at < whole.length; at++) {
            byte[] flipped = whole.clone();
            flipped[at] ^= (byte) 0x80;
            try {
                Gazetteer g = Gazetteer.readBinary(new ByteArrayInputStream(flipped), "names.gaz");
                g.match(new String[] {"kim", "jong", "un", "korea"});
            } catch (IOException e) {
                assertThat(e).hasMessageStartingWith("names.gaz: ");
            }
        }
    }

    private static String text(Gazetteer g) throws IOException {
        StringWriter w = new StringWriter();
        g.write(w);
        return w.toString();
    }

    @Test
    void theBundledModelsGazetteerIsBinaryAndHoldsWhatTheTokenizingBuilderWouldBuild() throws IOException {
        String stored;
        try (ZipFile model = new ZipFile("models/id/id-ner.bin")) {
            BufferedInputStream in = new BufferedInputStream(
                    model.getInputStream(model.getEntry("gazetteer.gaz")));
            assertThat(Gazetteer.isBinary(in)).isTrue();
            stored = text(Gazetteer.readBinary(in, "id-ner.bin"));
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
