package org.entitas.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.entitas.bulk.OutputFormat;
import org.entitas.TaggedDocument;

/**
 * Writes tagged documents as JSON Lines, one object per document:
 * {@code {"id": ..., "entities": [{"text": ..., "type": "PERSON", "start": 15, "end": 29, "sentence": 0,
 * "confidence": 0.97}]}}. Offsets are character offsets into the document's text, end exclusive. Not
 * thread-safe.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

    private final Writer out;

    /** Writes to {@code out}; closing this writer closes it. */
    public JsonLinesWriter(Writer out) {
        this.out = java.util.Objects.requireNonNull(out, "out must not be null");
    }

    /** Writes one document as one line. */
    public void write(TaggedDocument document) throws IOException {
        OutputFormat.JSON.write(document, Map.of(), out);
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
