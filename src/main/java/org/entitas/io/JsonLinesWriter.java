package org.entitas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.entitas.Mention;
import org.entitas.TaggedDocument;

/**
 * Writes tagged documents as JSON Lines, one object per document:
 * {@code {"id": ..., "entities": [{"text": ..., "type": "PERSON", "start": 15, "end": 29, "sentence": 0,
 * "confidence": 0.97}]}}. Offsets are character offsets into the document's text, end exclusive. Not
 * thread-safe.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

    private static final JsonFactory JSON = new JsonFactory();

    private final Writer out;

    /** Writes to {@code out}; closing this writer closes it. */
    public JsonLinesWriter(Writer out) {
        this.out = java.util.Objects.requireNonNull(out, "out must not be null");
    }

    /** Writes one document as one line. */
    public void write(TaggedDocument document) throws IOException {
        java.io.StringWriter line = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("id", document.id());
            g.writeArrayFieldStart("entities");
            for (Mention m : document.mentions()) {
                g.writeStartObject();
                g.writeStringField("text", m.text());
                g.writeStringField("type", m.type().name());
                g.writeNumberField("start", m.start());
                g.writeNumberField("end", m.end());
                g.writeNumberField("sentence", m.sentence());
                g.writeNumberField("confidence",
                        BigDecimal.valueOf(m.confidence()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(line.toString());
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
