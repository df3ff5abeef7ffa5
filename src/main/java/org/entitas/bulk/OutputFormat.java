package org.entitas.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.entitas.Mention;
import org.entitas.TaggedDocument;

/**
 * How tagged documents are written. Each format turns one document into a complete chunk of text ending with a
 * line break, so that a file cut after any chunk is valid. Stateless and thread-safe.
 */
public enum OutputFormat {

    /**
     * JSON Lines, one object per document: {@code {"id", <carried fields>, "entities": [{"text", "type",
     * "start", "end", "sentence", "confidence"}]}}.
     */
    JSON {
        @Override
        public void write(TaggedDocument tagged, Map<String, String> fields, Writer out) throws IOException {
            try (JsonGenerator g = JSON_FACTORY.createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.writeStartObject();
                g.writeStringField("id", tagged.id());
                for (Map.Entry<String, String> f : fields.entrySet()) {
                    if (!f.getKey().equals("id") && !f.getKey().equals("entities")) {
                        g.writeFieldName(f.getKey());
                        g.writeRawValue(f.getValue());
                    }
                }
                g.writeArrayFieldStart("entities");
                for (Mention m : tagged.mentions()) {
                    g.writeStartObject();
                    g.writeStringField("text", m.text());
                    g.writeStringField("type", m.type().name());
                    g.writeNumberField("start", m.start());
                    g.writeNumberField("end", m.end());
                    g.writeNumberField("sentence", m.sentence());
                    g.writeNumberField("confidence", round(m.confidence()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.write('\n');
        }
    },

    /**
     * A CSV table of mentions (RFC 4180, UTF-8), one row per mention: {@code id,type,text,start,end,confidence}.
     * A document without mentions has no row.
     */
    CSV {
        @Override
        public String header() {
            return "id,type,text,start,end,confidence\r\n";
        }

        @Override
        public void write(TaggedDocument tagged, Map<String, String> fields, Writer out) throws IOException {
            String id = csv(tagged.id());
            for (Mention m : tagged.mentions()) {
                out.append(id).append(',').append(m.type().name()).append(',').append(csv(m.text()))
                        .append(',').append(String.valueOf(m.start())).append(',').append(String.valueOf(m.end()))
                        .append(',').append(round(m.confidence()).toPlainString()).append("\r\n");
            }
        }
    };

    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    /**
     * Writes the document as a chunk of output ending with a line break (nothing for CSV without mentions),
     * streaming: a document with a million mentions is never held as one string.
     */
    public abstract void write(TaggedDocument tagged, Map<String, String> fields, Writer out) throws IOException;

    /** The document as a string; see {@link #write}. */
    public String format(TaggedDocument tagged, Map<String, String> fields) {
        StringWriter w = new StringWriter();
        try {
            write(tagged, fields, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** What a new file starts with. */
    public String header() {
        return "";
    }

    static BigDecimal round(double confidence) {
        return BigDecimal.valueOf(confidence).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
