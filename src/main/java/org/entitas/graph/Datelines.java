package org.entitas.graph;

import java.util.ArrayList;
import java.util.List;
import org.entitas.EntityType;
import org.entitas.Mention;

/**
 * The media a document names as its source, not as a subject: the medium of a dateline ({@code KOMPAS.com -
 * ...}, {@code Jakarta (ANTARA) - ...}, {@code Washington (Reuters) - ...}) and a medium in parentheses that
 * closes the text ({@code (Reuters)}). A dateline is the start of one of the first three lines that are not a
 * headline ({@link DocumentCleaner}), up to a dash between spaces, six words at most; in it, every mention but a place outside parentheses
 * (the dateline's city) is a source. Stateless and thread-safe.
 */
final class Datelines {

    private static final int LINES = 3;
    private static final int MAX_WORDS = 6;

    private Datelines() {
    }

    /** The mentions that name a source of the document, in text order. */
    static List<Mention> sources(String text, List<Mention> mentions) {
        List<int[]> prefixes = new ArrayList<>();
        int lines = 0;
        int at = Math.max(0, DocumentCleaner.headlineEnd(text));
        while (at < text.length() && lines < LINES) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(at, end);
            if (!line.isBlank()) {
                lines++;
                int dash = dash(line);
                if (dash > 0 && line.substring(0, dash).strip().split("\\s+").length <= MAX_WORDS) {
                    prefixes.add(new int[] {at, at + dash});
                }
            }
            at = end + 1;
        }
        String tail = text.stripTrailing();
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean inParentheses = m.start() > 0 && m.end() < text.length() && text.charAt(m.start() - 1) == '('
                    && text.charAt(m.end()) == ')';
            boolean inDateline = prefixes.stream().anyMatch(p -> m.start() >= p[0] && m.end() <= p[1])
                    && (inParentheses || !m.type().equals(EntityType.LOCATION));
            boolean closing = inParentheses && m.end() + 1 == tail.length() && !m.type().equals(EntityType.PERSON);
            if (inDateline || closing) {
                out.add(m);
            }
        }
        return out;
    }

    /** Where the first dash between spaces of a line starts, or -1. */
    private static int dash(String line) {
        int best = -1;
        for (String d : List.of(" - ", " \u2013 ", " \u2014 ")) {
            int i = line.indexOf(d);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
