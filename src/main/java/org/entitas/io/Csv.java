package org.entitas.io;

/**
 * CSV fields as RFC 4180 writes them: a value holding a comma, a quote or a line break is quoted, its quotes
 * doubled. Stateless and thread-safe.
 */
public final class Csv {

    private Csv() {
    }

    /** The value as one CSV field. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
