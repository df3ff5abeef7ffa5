package org.entitas.bulk;

import com.google.common.collect.AbstractIterator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entitas.Document;
import org.entitas.Failure;
import org.entitas.Input;

/**
 * Reads JSON Lines: one JSON object per line, the text in one field, the id in another, every other field
 * carried through as raw JSON. A line that does not parse, is not an object, or lacks the text field becomes a
 * {@link Failure} with id {@code source:line}. Not thread-safe.
 */
final class JsonLinesInput extends AbstractIterator<Input> {

    private static final JsonFactory JSON = new JsonFactory();

    private final BufferedReader in;
    private final String source;
    private final InputOptions options;
    private int lineNumber;

    JsonLinesInput(BufferedReader in, String source, InputOptions options) {
        this.in = in;
        this.source = source;
        this.options = options;
    }

    @Override
    protected Input computeNext() {
        while (true) {
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(source + ", line " + (lineNumber + 1) + ": " + e.getMessage(), e);
            }
            if (line == null) {
                return endOfData();
            }
            lineNumber++;
            if (!line.isBlank()) {
                return parse(line);
            }
        }
    }

    private Input parse(String line) {
        String fallbackId = source + ":" + lineNumber;
        String text = null;
        String id = null;
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Failure(fallbackId, "line " + lineNumber + " is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(options.textField())) {
                    if (value != JsonToken.VALUE_STRING) {
                        return new Failure(fallbackId,
                                "field '" + name + "' is not a string on line " + lineNumber);
                    }
                    text = p.getText();
                } else if (name.equals(options.idField()) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    id = p.getText();
                } else {
                    StringWriter raw = new StringWriter();
                    try (JsonGenerator g = JSON.createGenerator(raw)) {
                        g.copyCurrentStructure(p);
                    }
                    fields.put(name, raw.toString());
                }
            }
            if (p.nextToken() != null) {
                return new Failure(fallbackId, "trailing content after the JSON object on line " + lineNumber);
            }
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            return new Failure(fallbackId, "line " + lineNumber + " is not valid JSON: " + message);
        }
        if (text == null) {
            return new Failure(id == null || id.isBlank() ? fallbackId : id,
                    "no text field '" + options.textField() + "' on line " + lineNumber);
        }
        return new Document(id == null || id.isBlank() ? fallbackId : id, text, fields);
    }
}
