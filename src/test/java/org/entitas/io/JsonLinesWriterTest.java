package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.entitas.Document;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.Sentence;
import org.entitas.TaggedDocument;
import org.entitas.Token;
import org.junit.jupiter.api.Test;

class JsonLinesWriterTest {

    @Test
    void writesOneObjectPerDocumentWithTheDocumentedFields() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonLinesWriter w = new JsonLinesWriter(out)) {
            String text = "Presiden Rusia Vladimir Putin tiba.";
            w.write(new TaggedDocument(Document.of("a \"kutip\"", text),
                    List.of(new Sentence(0, text.length(), List.of(new Token("Presiden", 0, 8)))),
                    List.of(new Mention(EntityType.PERSON, "Vladimir Putin", 15, 29, 0.97123, 0))));
            w.write(new TaggedDocument(Document.of("b", ""), List.of(), List.of()));
        }
        assertThat(out.toString()).isEqualTo("{\"id\":\"a \\\"kutip\\\"\",\"entities\":[{\"text\":\"Vladimir Putin\","
                + "\"type\":\"PERSON\",\"start\":15,\"end\":29,\"sentence\":0,\"confidence\":0.9712}]}\n"
                + "{\"id\":\"b\",\"entities\":[]}\n");
    }
}
