package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.TaggedDocument;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    private static final String TEXT = "Presiden Rusia Vladimir Putin tiba di Pyongyang.\nIa disambut Kim Jong Un. 🙏";

    private static String line(TaggedDocument t, OutputOptions options) throws IOException {
        StringWriter out = new StringWriter();
        JsonLines.write(t, out, options);
        return out.toString();
    }

    @Test
    void aRecordWithItsTextReadsBackAsTheWholeTaggedDocument() throws IOException {
        TaggedDocument t = EntityExtractor.indonesian().extract(Document.of("berita-1", TEXT));
        String line = line(t, OutputOptions.DEFAULTS.withKeepText(true));

        JsonLines.Record r = JsonLines.read(line.strip());

        assertThat(r.id()).isEqualTo("berita-1");
        assertThat(r.mentions()).hasSize(t.mentions().size());
        assertThat(r.document()).hasValueSatisfying(d -> {
            assertThat(d.text()).isEqualTo(TEXT);
            assertThat(d.sentences()).isEqualTo(t.sentences());
            assertThat(d.mentions()).extracting(m -> m.text() + "@" + m.start() + "-" + m.end() + "/" + m.sentence())
                    .containsExactlyElementsOf(t.mentions().stream()
                            .map(m -> m.text() + "@" + m.start() + "-" + m.end() + "/" + m.sentence()).toList());
        });
    }

    @Test
    void aRecordWithoutTextHasMentionsOnly() throws IOException {
        TaggedDocument t = EntityExtractor.indonesian().extract(Document.of("berita-1", TEXT));
        JsonLines.Record r = JsonLines.read(line(t, OutputOptions.DEFAULTS).strip());

        assertThat(r.document()).isEmpty();
        assertThat(r.mentions()).extracting(m -> m.text()).contains("Vladimir Putin", "Pyongyang");
    }

    @Test
    void carriedFieldsAreWrittenAsTheyCameAndTheToolsOwnFieldsWin() throws IOException {
        TaggedDocument t = new TaggedDocument(new Document("a", "", Map.of("url", "\"http://x.id\"", "text",
                "\"lama\"", "id", "\"b\"")), List.of(), List.of());

        assertThat(line(t, OutputOptions.DEFAULTS.withKeepText(true)))
                .isEqualTo("{\"id\":\"a\",\"url\":\"http://x.id\",\"text\":\"\",\"entities\":[],\"sentences\":[]}\n");
    }

    @Test
    void aLineThatIsNotARecordNamesWhatIsWrong() {
        assertThatThrownBy(() -> JsonLines.read("[1]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> JsonLines.read("{\"entities\":[]}")).hasMessageContaining("no id");
    }

    /** A name after an emoji (two UTF-16 units, one code point) and a combining mark (one of each). */
    private static final String AFTER_EMOJI = "🇮🇩 Cafe\u0301 \uD83D\uDE4F Presiden Joko Widodo tiba di Jakarta.";

    /** Slices {@code text} as Python slices a {@code str}: by code points. */
    private static String codePointSlice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }

    @Test
    void offsetsInCodePointsSliceTheTextAsPythonDoes() throws IOException {
        TaggedDocument t = EntityExtractor.indonesian().extract(Document.of("emoji", AFTER_EMOJI));
        assertThat(t.mentions()).extracting(m -> m.text()).contains("Joko Widodo", "Jakarta");

        JsonLines.Record utf16 = JsonLines.read(line(t, OutputOptions.DEFAULTS.withKeepText(true)).strip());
        JsonLines.Record cps = JsonLines.read(line(t, OutputOptions.DEFAULTS
                .withOffsets(OutputOptions.Offsets.CODEPOINTS)).strip());

        assertThat(cps.mentions()).hasSameSizeAs(t.mentions());
        for (org.entitas.Mention m : cps.mentions()) {
            assertThat(codePointSlice(AFTER_EMOJI, m.start(), m.end())).isEqualTo(m.text());
        }
        // the flag is two code points, the praying hands one: three fewer than UTF-16 units before the name
        org.entitas.Mention joko = utf16.mentions().stream().filter(m -> m.text().equals("Joko Widodo")).findFirst()
                .orElseThrow();
        assertThat(cps.mentions()).filteredOn(m -> m.text().equals("Joko Widodo"))
                .extracting(m -> m.start(), m -> m.end())
                .containsExactly(org.assertj.core.api.Assertions.tuple(joko.start() - 3, joko.end() - 3));
        // sentences and tokens too: each token's offsets are its UTF-16 offsets counted in code points
        String json = line(t, OutputOptions.DEFAULTS.withKeepText(true).withOffsets(OutputOptions.Offsets.CODEPOINTS));
        StringBuilder tokens = new StringBuilder();
        for (org.entitas.Token k : t.sentences().get(0).tokens()) {
            tokens.append(tokens.length() == 0 ? "" : ",").append('[')
                    .append(AFTER_EMOJI.codePointCount(0, k.start())).append(',')
                    .append(AFTER_EMOJI.codePointCount(0, k.end())).append(']');
        }
        assertThat(json).contains("\"tokens\":[" + tokens + "]");
        assertThat(tokens.toString()).contains("[3,7],[7,8],[9,10]"); // "Cafe", the combining mark, the hands
    }

    @Test
    void csvOffsetsInCodePointsToo() throws IOException {
        TaggedDocument t = EntityExtractor.indonesian().extract(Document.of("emoji", AFTER_EMOJI));
        StringWriter utf16 = new StringWriter();
        StringWriter cps = new StringWriter();
        OutputFormat.CSV.write(t, utf16, OutputOptions.DEFAULTS);
        OutputFormat.CSV.write(t, cps, OutputOptions.DEFAULTS.withOffsets(OutputOptions.Offsets.CODEPOINTS));
        int start = AFTER_EMOJI.indexOf("Joko Widodo");

        assertThat(utf16.toString()).contains("emoji,PERSON,Joko Widodo," + start + "," + (start + 11) + ",");
        assertThat(cps.toString()).contains("emoji,PERSON,Joko Widodo," + (start - 3) + "," + (start + 8) + ",");
    }

    @Test
    void textWithoutSurrogatesKeepsItsOffsetsInEitherUnit() throws IOException {
        TaggedDocument t = EntityExtractor.indonesian().extract(Document.of("berita-1", "Presiden Joko Widodo tiba."));
        assertThat(line(t, OutputOptions.DEFAULTS.withOffsets(OutputOptions.Offsets.CODEPOINTS)))
                .isEqualTo(line(t, OutputOptions.DEFAULTS));
    }
}
