package org.entitas.io;

import java.util.Objects;

/**
 * CSV fields as RFC 4180 writes them: a value holding a comma, a quote or a line break is quoted, its quotes
 * doubled; a lone surrogate is written as U+FFFD ({@link LoneSurrogates}). Stateless and thread-safe.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * The value as one CSV field, quoted only when it must be, and {@link #neutralised} unless
     * {@code keepFormulas}.
     */
    public static String field(String value, boolean keepFormulas) {
        value = LoneSurrogates.replaced(keepFormulas ? value : neutralised(value));
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return quoted(value);
    }

    /**
     * The value made safe to open in a spreadsheet (OWASP, "CSV Injection"): a value beginning with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return, which a spreadsheet would run as a formula, gets a
     * leading single quote; other values are returned as they are.
     */
    public static String neutralised(String value) {
        Objects.requireNonNull(value, "value must not be null");
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    /** The value as one CSV field, always quoted (as Neo4j's importer reads strings). */
    public static String quoted(String value) {
        return '"' + LoneSurrogates.replaced(value).replace("\"", "\"\"") + '"';
    }
}
