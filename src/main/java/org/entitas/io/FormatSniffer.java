package org.entitas.io;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells, from its first lines, when a text is plainly not in the format it is about to be read in, so that a
 * mistaken format is said instead of giving a wrong result with success: running text read as pre-tokenized
 * CoNLL (each line taken as one token), and JSON Lines read as one text document (its punctuation tagged with
 * the rest). Both tests look at up to {@value #SAMPLE} non-blank lines and err towards the format declared: a text
 * of short lines may pass as CoNLL, a JSON line among prose is prose. Stateless; safe for any thread.
 */
final class FormatSniffer {

    /** The non-blank lines looked at. */
    static final int SAMPLE = 200;

    /** A CoNLL tag, or the empty value of a column ({@code _}); the last column of a CoNLL line is often one. */
    private static final Pattern TAG = Pattern.compile("O|[BIESLU]-\\S+|_|-X-");

    private FormatSniffer() {
    }

    private static List<String> sample(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(SAMPLE).toList();
    }

    /**
     * Whether a text read as CoNLL is running text: more than half of its sampled lines (comments and
     * {@code -DOCSTART-} lines aside) hold five or more whitespace-separated fields, the last not a tag, and are not
     * CoNLL-U's ten columns. A CoNLL line holds one token and a few columns.
     */
    static boolean isRunningText(String text) {
        List<String> lines = sample(text).stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("-DOCSTART-")).toList();
        long prose = lines.stream().filter(FormatSniffer::isProseLine).count();
        return !lines.isEmpty() && prose * 2 > lines.size();
    }

    private static boolean isProseLine(String line) {
        String[] fields = line.split("\\s+");
        return fields.length >= 5 && fields.length != 10 && !TAG.matcher(fields[fields.length - 1]).matches();
    }

    /**
     * Whether a text read as one document is JSON Lines: every sampled line is a JSON object, starting with
     * <code>{"</code> and ending with <code>}</code>.
     */
    static boolean isJsonLines(String text) {
        List<String> lines = sample(text);
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith("{\"") && l.endsWith("}"));
    }
}
