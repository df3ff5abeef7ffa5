package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.TaggedDocument;
import org.junit.jupiter.api.Test;

class JsonLinesWriterTest {

    @Test
    void writesOneObjectPerDocumentWithTheDocumentedFields() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonLinesWriter w = new JsonLinesWriter(out)) {
            w.write(new TaggedDocument("a \"kutip\"", List.of(
                    new Mention(EntityType.PERSON, "Vladimir Putin", 15, 29, 0.97123, 0)), 6));
            w.write(new TaggedDocument("b", List.of(), 0));
        }
        assertThat(out.toString()).isEqualTo("{\"id\":\"a \\\"kutip\\\"\",\"entities\":[{\"text\":\"Vladimir Putin\","
                + "\"type\":\"PERSON\",\"start\":15,\"end\":29,\"sentence\":0,\"confidence\":0.9712}]}\n"
                + "{\"id\":\"b\",\"entities\":[]}\n");
    }
}
