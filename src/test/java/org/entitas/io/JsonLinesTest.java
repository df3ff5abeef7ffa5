package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
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
                "\"lama\"", "id", "\"b\"")), java.util.List.of(), java.util.List.of());

        assertThat(line(t, OutputOptions.DEFAULTS.withKeepText(true)))
                .isEqualTo("{\"id\":\"a\",\"url\":\"http://x.id\",\"text\":\"\",\"entities\":[],\"sentences\":[]}\n");
    }

    @Test
    void aLineThatIsNotARecordNamesWhatIsWrong() {
        assertThatThrownBy(() -> JsonLines.read("[1]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> JsonLines.read("{\"entities\":[]}")).hasMessageContaining("no id");
    }
}
