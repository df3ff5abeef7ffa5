package org.entitas.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The graph's own lists, UTF-8 resources next to this class: one entry a line, blank lines and lines starting
 * with {@code #} skipped ({@code headline-words.txt}, {@code equivalences.tsv}). They live here rather than in
 * {@code lexicon} because only the graph reads them; the lexicon's lists also feed the trainers.
 */
final class GraphLists {

    private GraphLists() {
    }

    /** The lines of a list, stripped of surrounding white space (tabs inside are kept). */
    static List<String> read(String resource) {
        InputStream in = GraphLists.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("list missing from the jar: " + resource));
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }
}
