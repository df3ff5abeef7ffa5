package org.entitas.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entitas.pipeline.Gazetteer;

/**
 * The project's cue word lists, bundled as resources and added to a {@link Gazetteer} as types of their own:
 * {@code TITLE} (offices and honorifics before a person's name: {@code Presiden}, {@code Wali Kota},
 * {@code H.}), {@code ORGHEAD} (words that head or end organization names: {@code PT}, {@code Partai},
 * {@code Kementerian}) and {@code LOCCUE} (words that head place names: {@code Kabupaten}, {@code Jalan},
 * {@code Pulau}). The name finder then sees features such as {@code gaz=TITLE:U}.
 *
 * <pre>{@code
 * Gazetteer.Builder b = Gazetteer.builder();
 * CueLists.addTo(b);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CueLists {

    /** Gazetteer type of each bundled list, by resource name. */
    static final Map<String, String> LISTS = listsInOrder();

    private CueLists() {
    }

    private static Map<String, String> listsInOrder() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cues-title.txt", "TITLE");
        m.put("cues-orghead.txt", "ORGHEAD");
        m.put("cues-loccue.txt", "LOCCUE");
        return m;
    }

    /**
     * Adds every cue of the bundled lists to {@code builder} under its type.
     *
     * @throws IOException if a list is missing from the jar (the message names it)
     */
    public static Gazetteer.Builder addTo(Gazetteer.Builder builder) throws IOException {
        for (var e : LISTS.entrySet()) {
            builder.addAll(e.getValue(), read(e.getKey()));
        }
        return builder;
    }

    /**
     * The entries of one bundled word list of this package (a cue list such as {@code cues-title.txt}, or
     * {@code abbreviations-id.txt}), blank lines and {@code #} comments skipped.
     *
     * @throws IOException if the list is missing from the jar (the message names it)
     */
    public static List<String> read(String resource) throws IOException {
        InputStream in = CueLists.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("word list missing from the jar: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
