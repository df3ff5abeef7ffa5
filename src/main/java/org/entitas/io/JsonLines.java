package org.entitas.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entitas.Document;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.Sentence;
import org.entitas.TaggedDocument;
import org.entitas.Token;

/**
 * The JSON Lines schema of tagged documents, its writer and its reader: one object per document,
 * {@code {"id", <carried fields>, "entities": [{"text", "type", "start", "end", "sentence", "confidence"}]}}, and,
 * when the text is kept ({@link OutputOptions#keepText()}), {@code "text"} before the entities and
 * {@code "sentences": [{"start", "end", "tokens": [[start, end], ...]}]} after them. Offsets are {@code String}
 * indices into the text, end exclusive, or code points with {@link OutputOptions.Offsets#CODEPOINTS}; confidences are rounded to four decimals. Stateless and thread-safe.
 */
public final class JsonLines {

    /** The fields of one entity, in the order written; the Spark schema is made from the same list. */
    public enum EntityField {
        TEXT, TYPE, START, END, SENTENCE, CONFIDENCE;

        /** The field's name in JSON. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    private JsonLines() {
    }

    /**
     * A confidence as written: rounded half up to four decimals, trailing zeros dropped but for one after the point
     * ({@code 1.0}, as a JSON writer of doubles such as Spark's writes it, so that both outputs are equal).
     */
    public static BigDecimal confidence(double confidence) {
        BigDecimal rounded = BigDecimal.valueOf(confidence).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 1 ? rounded.setScale(1) : rounded;
    }

    /** Writes one document as one line, ending with a line break. */
    public static void write(TaggedDocument tagged, Writer out, OutputOptions options) throws IOException {
        boolean keepText = options.keepText();
        OffsetUnit unit = OffsetUnit.of(tagged.text(), options.offsets());
        try (JsonGenerator g = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.writeStartObject();
            g.writeStringField("id", LoneSurrogates.replaced(tagged.id()));
            for (Map.Entry<String, String> f : tagged.fields().entrySet()) {
                String key = f.getKey();
                boolean ours = key.equals("id") || key.equals("entities")
                        || keepText && (key.equals("text") || key.equals("sentences"));
                if (!ours) {
                    g.writeFieldName(LoneSurrogates.replaced(key));
                    g.writeRawValue(LoneSurrogates.replaced(f.getValue()));
                }
            }
            if (keepText) {
                g.writeStringField("text", LoneSurrogates.replaced(tagged.text()));
            }
            g.writeArrayFieldStart("entities");
            for (Mention m : tagged.mentions()) {
                g.writeStartObject();
                for (EntityField field : EntityField.values()) {
                    g.writeFieldName(field.key());
                    switch (field) {
                        case TEXT: g.writeString(LoneSurrogates.replaced(m.text())); break;
                        case TYPE: g.writeString(m.type().name()); break;
                        case START: g.writeNumber(unit.at(m.start())); break;
                        case END: g.writeNumber(unit.at(m.end())); break;
                        case SENTENCE: g.writeNumber(m.sentence()); break;
                        case CONFIDENCE: g.writeNumber(confidence(m.confidence())); break;
                        default: throw new AssertionError(field);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (keepText) {
                g.writeArrayFieldStart("sentences");
                for (Sentence s : tagged.sentences()) {
                    g.writeStartObject();
                    g.writeNumberField("start", unit.at(s.start()));
                    g.writeNumberField("end", unit.at(s.end()));
                    g.writeArrayFieldStart("tokens");
                    for (Token t : s.tokens()) {
                        g.writeStartArray();
                        g.writeNumber(unit.at(t.start()));
                        g.writeNumber(unit.at(t.end()));
                        g.writeEndArray();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        out.write('\n');
    }

    /**
     * One record read back: its id and mentions, and the whole tagged document when the record kept its text.
     *
     * @param id the document's id
     * @param mentions its mentions
     * @param document the tagged document, when the record holds {@code text} and {@code sentences}
     */
    public record Record(String id, List<Mention> mentions, Optional<TaggedDocument> document) {
        /** @throws NullPointerException if an argument is null */
        public Record {
            requireNonNull(id, "id must not be null");
            mentions = List.copyOf(requireNonNull(mentions, "mentions must not be null"));
            requireNonNull(document, "document must not be null");
        }
    }

    /**
     * Reads every record of a file written by {@code entitas tag}; blank lines are skipped.
     *
     * @throws IOException if the file cannot be read or a line is not such a record (the message names the file
     *     and the line)
     */
    public static List<Record> readAll(Path file) throws IOException {
        List<Record> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(read(line));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ", line " + number + ": not a record of 'entitas tag': "
                            + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /**
     * Reads one line written by {@link #write} with offsets in UTF-16 units (the default).
     *
     * @throws IOException if it is not such a record
     */
    public static Record read(String line) throws IOException {
        try (JsonParser p = JsonReading.FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            String id = null;
            String text = null;
            List<Mention> mentions = new ArrayList<>();
            List<Span> sentences = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("id")) {
                    id = p.getText();
                } else if (field.equals("text") && value == JsonToken.VALUE_STRING) {
                    text = p.getText();
                } else if (field.equals("entities") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        mentions.add(mention(p));
                    }
                } else if (field.equals("sentences") && value == JsonToken.START_ARRAY) {
                    sentences = new ArrayList<>();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        sentences.add(sentence(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (id == null) {
                throw new IOException("no id");
            }
            Optional<TaggedDocument> document = Optional.empty();
            if (text != null && sentences != null) {
                String all = text;
                List<Sentence> withText = new ArrayList<>(sentences.size());
                for (Span s : sentences) {
                    List<Token> tokens = new ArrayList<>(s.tokens().size());
                    for (int[] t : s.tokens()) {
                        tokens.add(new Token(all.substring(t[0], t[1]), t[0], t[1]));
                    }
                    withText.add(new Sentence(s.start(), s.end(), tokens));
                }
                document = Optional.of(new TaggedDocument(Document.of(id, text), withText, mentions));
            }
            return new Record(id, mentions, document);
        }
    }

    private static Mention mention(JsonParser p) throws IOException {
        String text = null;
        String type = null;
        int start = -1;
        int end = -1;
        int sentence = 0;
        double confidence = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "text": text = p.getText(); break;
                case "type": type = p.getText(); break;
                case "start": start = p.getIntValue(); break;
                case "end": end = p.getIntValue(); break;
                case "sentence": sentence = p.getIntValue(); break;
                case "confidence": confidence = p.getDoubleValue(); break;
                default: p.skipChildren();
            }
        }
        if (text == null || type == null) {
            throw new IOException("an entity lacks text or type");
        }
        return new Mention(EntityType.of(type), text, start, end, confidence, sentence);
    }

    /** A sentence's offsets and its tokens' offsets, as read, before the text is at hand. */
    private record Span(int start, int end, List<int[]> tokens) {
    }

    private static Span sentence(JsonParser p) throws IOException {
        int start = -1;
        int end = -1;
        List<int[]> tokens = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("start")) {
                start = p.getIntValue();
            } else if (field.equals("end")) {
                end = p.getIntValue();
            } else if (field.equals("tokens") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    p.nextToken();
                    int s = p.getIntValue();
                    p.nextToken();
                    int e = p.getIntValue();
                    if (p.nextToken() != JsonToken.END_ARRAY) {
                        throw new IOException("a token is not [start, end]");
                    }
                    tokens.add(new int[] {s, e});
                }
            } else {
                p.skipChildren();
            }
        }
        return new Span(start, end, tokens);
    }
}
