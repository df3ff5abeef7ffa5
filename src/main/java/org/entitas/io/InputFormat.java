package org.entitas.io;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The format of the documents in an input, declared or, with {@link #AUTO}, told by the file name. Compression and
 * archives ({@code .gz}, {@code .zip}, {@code .tar}, {@code .tar.gz}, {@code .tgz}) are recognised by name whatever the
 * format, and gzip on standard input by its first two bytes; the format says how the documents inside are read.
 */
public enum InputFormat {
    /**
     * By file name: {@code .jsonl} and {@code .ndjson} are JSON Lines, {@code .conll} is CoNLL, {@code .warc} and
     * {@code .warc.gz} are WARC, anything else is text; standard input is text.
     */
    AUTO,
    /** A file (or standard input) is one document of UTF-8 text. */
    TEXT,
    /** One JSON object per line, one document each. */
    JSONL,
    /** Pre-tokenized CoNLL: a token per line, a blank line between sentences, {@code -DOCSTART-} between documents. */
    CONLL,
    /** The HTML responses of a WARC file, plain or gzip-compressed. */
    WARC;

    /** The name used on the command line: {@code auto}, {@code text}, {@code jsonl}, {@code conll}, {@code warc}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named {@code label}, in any case.
     *
     * @throws IllegalArgumentException naming the accepted labels if there is no such format
     */
    public static InputFormat of(String label) {
        requireNonNull(label, "label must not be null");
        for (InputFormat f : values()) {
            if (f.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + label + "'; expected one of "
                + Arrays.stream(values()).map(InputFormat::label).collect(Collectors.joining(", ")));
    }
}
