package org.entitas.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
        public String format(TaggedDocument tagged, Map<String, String> fields) {
            StringWriter line = new StringWriter();
            try (JsonGenerator g = JSON_FACTORY.createGenerator(line)) {
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
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return line.append('\n').toString();
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
        public String format(TaggedDocument tagged, Map<String, String> fields) {
            StringBuilder out = new StringBuilder();
            for (Mention m : tagged.mentions()) {
                out.append(csv(tagged.id())).append(',').append(m.type().name()).append(',').append(csv(m.text()))
                        .append(',').append(m.start()).append(',').append(m.end()).append(',')
                        .append(round(m.confidence()).toPlainString()).append("\r\n");
            }
            return out.toString();
        }
    };

    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    /** The document as a chunk of output, ending with a line break (empty for CSV without mentions). */
    public abstract String format(TaggedDocument tagged, Map<String, String> fields);

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
