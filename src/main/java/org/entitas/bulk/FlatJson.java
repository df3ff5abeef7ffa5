package org.entitas.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One-line JSON objects of string and number fields, for the errors file and the journal. */
final class FlatJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FlatJson() {
    }

    /**
     * The object of the given fields, in order, as UTF-8 bytes ending with a line break.
     *
     * @param namesAndValues field name, value, field name, value, ...; a value is a {@code String} or a
     *     {@code long}
     */
    static byte[] line(Object... namesAndValues) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64);
        try (JsonGenerator g = JSON.createGenerator(buf)) {
            g.writeStartObject();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                String name = (String) namesAndValues[i];
                Object value = namesAndValues[i + 1];
                if (value instanceof Long n) {
                    g.writeNumberField(name, n);
                } else {
                    g.writeStringField(name, (String) value);
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        }
        buf.write('\n');
        return buf.toByteArray();
    }
}
