package org.entitas.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.entitas.Mention;
import org.entitas.TaggedDocument;
import org.entitas.Token;

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
    },

    /**
     * CoNLL: a {@code -DOCSTART-} line with the document's id, then one line per token, {@code token<TAB>tag}
     * with IOB2 tags ({@code B-PER}, {@code I-LOC}, {@code O}, ...), and a blank line after each sentence.
     */
    CONLL {
        @Override
        public boolean needsTokens() {
            return true;
        }

        @Override
        public void write(TaggedDocument tagged, Map<String, String> fields, List<List<Token>> tokens, Writer out)
                throws IOException {
            out.write("-DOCSTART-\t" + tagged.id().replaceAll("\\s", "_") + "\n\n");
            int m = 0;
            List<Mention> mentions = tagged.mentions();
            for (List<Token> sentence : tokens) {
                for (Token t : sentence) {
                    while (m < mentions.size() && mentions.get(m).end() <= t.start()) {
                        m++;
                    }
                    String tag = "O";
                    if (m < mentions.size() && mentions.get(m).start() <= t.start()) {
                        Mention mention = mentions.get(m);
                        tag = (mention.start() == t.start() ? "B-" : "I-") + mention.type().label();
                    }
                    out.append(t.text()).append('\t').append(tag).append('\n');
                }
                out.write('\n');
            }
        }
    };

    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    /** Whether {@link #write} needs the document's tokens. */
    public boolean needsTokens() {
        return false;
    }

    /**
     * Writes the document; {@code tokens} are its sentences and tokens when {@link #needsTokens()}, else ignored
     * (may be empty).
     */
    public void write(TaggedDocument tagged, Map<String, String> fields, List<List<Token>> tokens, Writer out)
            throws IOException {
        write(tagged, fields, out);
    }

    /**
     * Writes the document as a chunk of output ending with a line break (nothing for CSV without mentions),
     * streaming: a document with a million mentions is never held as one string.
     */
    public void write(TaggedDocument tagged, Map<String, String> fields, Writer out) throws IOException {
        throw new UnsupportedOperationException(name() + " needs the document's tokens");
    }

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
