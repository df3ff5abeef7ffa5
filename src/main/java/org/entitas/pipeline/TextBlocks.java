package org.entitas.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into the blocks the sentence detector sees: one block per line (headlines, "Baca Juga:"
 * lines, bylines and paragraphs of news text each stand on a line of their own), and lines longer than
 * {@link #MAX_BLOCK} characters into pieces cut at whitespace, so that no model ever sees an unbounded
 * input. Offsets are into the original text; blocks are trimmed and never empty.
 */
final class TextBlocks {

    /** Longest block given to the sentence detector. */
    static final int MAX_BLOCK = 20_000;
    /** Longest sentence given to the tokenizer and name finder. */
    static final int MAX_SENTENCE = 2_000;

    private TextBlocks() {
    }

    /** A half-open range {@code [start, end)} of the text. */
    record Range(int start, int end) {
    }

    /** Splits {@code text} at line breaks, then cuts long lines at whitespace below {@code max} characters. */
    static List<Range> lines(CharSequence text, int max) {
        List<Range> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                addCut(text, lineStart, i, max, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    /** Adds {@code [start, end)} trimmed, cut into pieces of at most {@code max} characters. */
    static void addCut(CharSequence text, int start, int end, int max, List<Range> out) {
        while (true) {
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start >= end) {
                return;
            }
            if (end - start <= max) {
                out.add(new Range(start, end));
                return;
            }
            int cut = start + max;
            int ws = cut;
            while (ws > start + max / 2 && !Character.isWhitespace(text.charAt(ws))) {
                ws--;
            }
            if (Character.isWhitespace(text.charAt(ws))) {
                cut = ws;
            } else if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            out.add(trim(text, start, cut));
            start = cut;
        }
    }

    private static Range trim(CharSequence text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Range(start, end);
    }
}
