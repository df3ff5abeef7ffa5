package org.entitas.train;

import java.util.List;
import java.util.Map;
import org.entitas.lexicon.WordList;
import org.entitas.pipeline.Gazetteer;

/**
 * The project's cue word lists ({@link WordList#TITLES}, {@link WordList#ORGANIZATION_HEADS},
 * {@link WordList#PLACE_CUES}) added to a {@link Gazetteer} as types of their own: {@code TITLE} (offices and
 * honorifics before a person's name: {@code Presiden}, {@code Wali Kota}, {@code H.}), {@code ORGHEAD} (words
 * that head or end organization names: {@code PT}, {@code Partai}, {@code Kementerian}) and {@code LOCCUE}
 * (words that head place names: {@code Kabupaten}, {@code Jalan}, {@code Pulau}). The name finder then sees
 * features such as {@code gaz=TITLE:U}; the type names are stored in the models, so they never change.
 *
 * <pre>{@code
 * Gazetteer.Builder b = Gazetteer.builder();
 * CueLists.addTo(b);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class CueLists {

    /** The gazetteer type of each cue list, in the order they are added. */
    static final List<Map.Entry<String, WordList>> TYPES = List.of(Map.entry("TITLE", WordList.TITLES),
            Map.entry("ORGHEAD", WordList.ORGANIZATION_HEADS), Map.entry("LOCCUE", WordList.PLACE_CUES));

    /** The gazetteer type of the list of organizations. */
    static final String ORGANIZATION_LIST = "ORGLIST";

    private CueLists() {
    }

    /**
     * Adds every cue of the bundled lists to {@code builder} under its type.
     *
     * @throws java.io.UncheckedIOException if a list is missing from the jar (the message names it)
     */
    public static Gazetteer.Builder addTo(Gazetteer.Builder builder) {
        for (var e : TYPES) {
            builder.addAll(e.getKey(), e.getValue().entries());
        }
        return builder;
    }

    /**
     * Adds the project's list of organizations ({@link WordList#ORGANIZATIONS}) to {@code builder} as the type
     * {@code ORGLIST}, with each hyphenated name also with its hyphens as spaces.
     *
     * @throws java.io.UncheckedIOException if the list is missing from the jar
     */
    public static Gazetteer.Builder addOrganizations(Gazetteer.Builder builder) {
        for (String name : WordList.ORGANIZATIONS.entries()) {
            builder.add(ORGANIZATION_LIST, name);
            if (name.indexOf('-') > 0) {
                builder.add(ORGANIZATION_LIST, name.replace('-', ' '));
            }
        }
        return builder;
    }
}
