package org.entitas.graph;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.TaggedDocument;

/**
 * Reads the JSON Lines that {@code entitas tag} writes back into {@link TaggedDocument}s, so that a graph can
 * be built from an earlier run. Errors name the file and the line. Stateless and thread-safe.
 */
public final class TaggedReader {

    private static final JsonFactory JSON = new JsonFactory();

    private TaggedReader() {
    }

    /**
     * Reads every record of a file.
     *
     * @throws IOException if a line is not a record of {@code entitas tag} (the message names file and line)
     */
    public static List<TaggedDocument> read(Path file) throws IOException {
        List<TaggedDocument> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(line));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ", line " + number + ": not a record of 'entitas tag': "
                            + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    static TaggedDocument parse(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            String id = null;
            List<Mention> mentions = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("id")) {
                    id = p.getText();
                } else if (field.equals("entities") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        mentions.add(mention(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (id == null) {
                throw new IOException("no id");
            }
            return new TaggedDocument(id, mentions, 0);
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
}
