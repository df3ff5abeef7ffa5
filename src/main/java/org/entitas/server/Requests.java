package org.entitas.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entitas.Document;
import org.entitas.io.JsonReading;

/**
 * The documents of a request: a JSON object {@code {"id", "text", ...}} (other fields are carried to the answer,
 * as {@code tag} carries them), or lines of such objects. Stateless and thread-safe.
 */
final class Requests {

    private static final JsonFactory JSON = new JsonFactory();

    private Requests() {
    }

    /** One JSON object as a document; {@code defaultId} when it has no id. 400 naming what is wrong. */
    static Document document(String json, String defaultId) throws HttpError {
        try (JsonParser p = JsonReading.FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new HttpError(400, "the JSON is not an object {\"id\", \"text\"}");
            }
            String id = null;
            String text = null;
            Map<String, String> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("text")) {
                    if (value != JsonToken.VALUE_STRING) {
                        throw new HttpError(400, "field 'text' must be a string");
                    }
                    text = p.getText();
                } else if (name.equals("id")) {
                    if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_INT) {
                        throw new HttpError(400, "field 'id' must be a string or an integer");
                    }
                    id = p.getText();
                } else {
                    fields.put(name, raw(p));
                }
            }
            if (p.nextToken() != null) {
                throw new HttpError(400, "malformed JSON: more after the object, at column "
                        + p.currentLocation().getColumnNr());
            }
            if (text == null) {
                throw new HttpError(400, "missing field 'text'");
            }
            if (id != null && id.isBlank()) {
                throw new HttpError(400, "field 'id' must not be blank");
            }
            return new Document(id == null ? defaultId : id, text, fields);
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + JsonReading.words(e));
        } catch (IOException e) {
            throw new HttpError(400, "malformed JSON: " + e.getMessage());
        }
    }

    /** The value at the parser, written back as compact JSON. */
    private static String raw(JsonParser p) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.copyCurrentStructureExact(p);
        }
        return out.toString();
    }

    /**
     * JSON Lines: one document per non-blank line, id {@code line-N} when a line has none. 400 naming the line.
     */
    static List<Document> documents(String body) throws HttpError {
        List<Document> out = new ArrayList<>();
        int number = 0;
        for (String line : (Iterable<String>) body.lines()::iterator) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(document(line, "line-" + number));
            } catch (HttpError e) {
                throw new HttpError(400, "line " + number + ": " + e.getMessage());
            }
        }
        return out;
    }
}
