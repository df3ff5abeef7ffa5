package org.entitas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * How every JSON input is parsed: strings as long as the input that holds them (the line and body limits bound them,
 * not the parser's own 20M-character default), a field given twice is an error, and the parser's messages said
 * without its option names or its redacted source. Stateless; the factory is thread-safe.
 */
public final class JsonReading {

    /** The parser factory for JSON inputs (JSON Lines documents, tagged records, request bodies). */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonReading() {
    }

    /**
     * The parser's message in words, with the column where it stopped: "Duplicate field 'id' (column 19)", not its
     * location block ({@code [Source: REDACTED ...]}) or the names of its settings.
     */
    public static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at != null && at.getColumnNr() > 0 ? words(e) + " (column " + at.getColumnNr() + ")" : words(e);
    }

    /** The parser's message alone, in words: without location, redacted source or the names of its settings. */
    public static String words(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        return message.lines().findFirst().orElse("malformed JSON")
                .replaceAll(",? ?from `[^`]*`", "")
                .replaceAll(" ?\\(?`?StreamRead[A-Za-z.#_]*(\\(\\))?`?\\)?", "").strip();
    }
}
