package org.entitas.render;

/**
 * JSON text for the data a page carries inside {@code <script type="application/json">}: besides what JSON
 * escapes, {@code <}, {@code >} and {@code &} are written as {@code \\u003c}, {@code \\u003e} and
 * {@code \\u0026}, so no value can close the script element or open a comment, and U+2028, U+2029 and lone
 * surrogates are escaped too, so that the text stays valid UTF-8 and valid script.
 */
final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /** Appends {@code value} as a JSON string, quotes included. */
    static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c)) {
                out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                        .append(HEX[c & 15]);
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }
}
