package org.entitas.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entitas.EntityType;
import org.entitas.Mention;

/**
 * One entity of a document: the mentions that name it, its fullest name and the other names it goes by.
 * Immutable.
 *
 * @param key a stable key, the same in every run and every document: type plus normalised canonical name
 *     ({@code PERSON:kim jong un})
 * @param type the entity type
 * @param canonical the fullest name among its mentions
 * @param aliases every other form it is mentioned by, in order of first appearance
 * @param mentions its mentions, in text order
 * @param confidence the mean confidence of its mentions
 */
public record Entity(String key, EntityType type, String canonical, List<String> aliases, List<Mention> mentions,
        double confidence) {

    /** @throws IllegalArgumentException if there is no mention */
    public Entity {
        requireNonNull(key, "key must not be null");
        requireNonNull(type, "type must not be null");
        requireNonNull(canonical, "canonical must not be null");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        checkArgument(!mentions.isEmpty(), "an entity needs at least one mention: %s", canonical);
    }

    /** The set of every name it is mentioned by, canonical included. */
    public Set<String> names() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(canonical);
        out.addAll(aliases);
        return out;
    }
}
