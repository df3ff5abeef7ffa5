package org.entitas.io;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import org.entitas.TaggedDocument;

/**
 * Writes tagged documents as JSON Lines ({@link JsonLines}), one object per document:
 * {@code {"id": ..., "entities": [{"text": ..., "type": "PERSON", "start": 15, "end": 29, "sentence": 0,
 * "confidence": 0.97}]}}. Not thread-safe.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

    private final Writer out;
    private final OutputOptions options;

    /** Writes to {@code out} with the default options; closing this writer closes it. */
    public JsonLinesWriter(Writer out) {
        this(out, OutputOptions.DEFAULTS);
    }

    /** Writes to {@code out} with the given options; closing this writer closes it. */
    public JsonLinesWriter(Writer out, OutputOptions options) {
        this.out = requireNonNull(out, "out must not be null");
        this.options = requireNonNull(options, "options must not be null");
    }

    /** Writes one document as one line. */
    public void write(TaggedDocument document) throws IOException {
        JsonLines.write(document, out, options);
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
