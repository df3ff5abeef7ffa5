package org.entitas.graph;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.entitas.EntityType;
import org.entitas.Mention;

/**
 * Groups the mentions of one document into entities:
 *
 * <ul>
 *   <li>the same name (case, spacing and accents aside) is one entity;
 *   <li>a person mention joins the person whose longer name, anywhere in the document, has its words in
 *       order ({@code Kim} joins {@code Kim Jong Un}, {@code Putin} joins {@code Vladimir Putin}, {@code Sri
 *       Mulyani} joins {@code Sri Mulyani Indrawati}, {@code Anthony Ginting} joins {@code Anthony Sinisuka
 *       Ginting}); when two persons share them, it is ambiguous and stays
 *       an entity of its own;
 *   <li>an organization's or place's acronym or one-word short name joins the one it is defined after in
 *       parentheses ({@code Perserikatan Bangsa-Bangsa (PBB)}, {@code Ibu Kota Nusantara (IKN)}: a place's by its initials,
 *       {@code Badan Pengawas Pemilihan Umum (Bawaslu)}); an organization acronym also joins the organization
 *       whose initials it spells ({@code KPU} and {@code Komisi Pemilihan Umum}), when exactly one such
 *       organization is in the document.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class EntityResolver {

    private EntityResolver() {
    }

    /**
     * Resolves the mentions of one document.
     *
     * @param text the document's text (for acronyms defined in parentheses)
     * @param mentions its mentions, in text order
     * @return its entities, in order of first mention
     */
    public static List<Entity> resolve(String text, List<Mention> mentions) {
        return resolve(Optional.of(requireNonNull(text, "text must not be null")), mentions);
    }

    /**
     * Resolves the mentions of one document whose text is not at hand: acronyms are then matched by their
     * initials only.
     *
     * @param mentions its mentions, in text order
     * @return its entities, in order of first mention
     */
    public static List<Entity> resolve(List<Mention> mentions) {
        return resolve(Optional.empty(), mentions);
    }

    private static List<Entity> resolve(Optional<String> text, List<Mention> mentions) {
        requireNonNull(mentions, "mentions must not be null");
        // 1. exact groups by normalised name
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : mentions) {
            groups.computeIfAbsent(key(m.type(), m.text()), k -> new ArrayList<>()).add(m);
        }
        // 2. short forms join a longer group when exactly one fits
        Map<String, String> parent = new LinkedHashMap<>();
        for (String k : groups.keySet()) {
            Mention first = groups.get(k).get(0);
            String target = null;
            if (first.type().equals(EntityType.PERSON)) {
                target = uniqueLonger(groups, k, first, Name::wordsWithin);
            } else if ((first.type().equals(EntityType.ORGANIZATION) || first.type().equals(EntityType.LOCATION))
                    && (Name.of(first.text()).acronym() || !first.text().contains(" "))) {
                target = text.map(t -> definedBefore(t, groups, first)).orElse(null);
                if (target == null && first.type().equals(EntityType.ORGANIZATION) && Name.of(first.text()).acronym()) {
                    target = uniqueLonger(groups, k, first, Name::spellsInitialsOf);
                }
            }
            if (target != null) {
                parent.put(k, target);
            }
        }
        Map<String, List<Mention>> merged = new LinkedHashMap<>();
        for (String k : groups.keySet()) {
            String root = parent.getOrDefault(k, k);
            merged.computeIfAbsent(root, r -> new ArrayList<>()).addAll(groups.get(k));
        }
        List<Entity> out = new ArrayList<>();
        for (List<Mention> ms : merged.values()) {
            ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
            String canonical = ms.get(0).text();
            for (Mention m : ms) {
                if (m.text().length() > canonical.length()) {
                    canonical = m.text();
                }
            }
            Set<String> aliases = new LinkedHashSet<>();
            String canonicalNormal = Name.normalise(canonical);
            for (Mention m : ms) {
                if (!Name.normalise(m.text()).equals(canonicalNormal)) {
                    aliases.add(m.text());
                }
            }
            double confidence = ms.stream().mapToDouble(Mention::confidence).average().orElse(0);
            EntityType type = ms.get(0).type();
            out.add(new Entity(key(type, canonical), type, canonical, new ArrayList<>(aliases), ms, confidence));
        }
        out.sort((a, b) -> Integer.compare(a.mentions().get(0).start(), b.mentions().get(0).start()));
        return out;
    }

    /** The stable key of a name: type, colon, the name's normal form ({@link Name#normal()}). */
    public static String key(EntityType type, String name) {
        return type.name() + ":" + Name.normalise(name);
    }

    /**
     * The one longer group of the same type that the short name fits, or null (none, or ambiguous). A fitting
     * group that itself fits a longer fitting group does not count apart from it: "Mulyani" fits both "Sri
     * Mulyani" and "Sri Mulyani Indrawati", which are one person.
     */
    private static String uniqueLonger(Map<String, List<Mention>> groups, String shortKey, Mention shortMention,
            BiPredicate<Name, Name> fits) {
        Name shortName = Name.of(shortMention.text());
        List<Map.Entry<String, Mention>> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> g : groups.entrySet()) {
            Mention m = g.getValue().get(0);
            if (g.getKey().equals(shortKey) || !m.type().equals(shortMention.type())
                    || m.text().length() <= shortMention.text().length()) {
                continue;
            }
            if (fits.test(shortName, Name.of(m.text()))) {
                candidates.add(Map.entry(g.getKey(), m));
            }
        }
        String found = null;
        for (Map.Entry<String, Mention> c : candidates) {
            boolean inLonger = candidates.stream().anyMatch(d -> d.getValue().text().length() > c.getValue().text().length()
                    && fits.test(Name.of(c.getValue().text()), Name.of(d.getValue().text())));
            if (!inLonger) {
                if (found != null) {
                    return null;
                }
                found = c.getKey();
            }
        }
        return found;
    }

    /** The organization right before "(ACRONYM)" somewhere in the text, if one is. */
    private static String definedBefore(String text, Map<String, List<Mention>> groups, Mention acronym) {
        for (Map.Entry<String, List<Mention>> g : groups.entrySet()) {
            for (Mention m : g.getValue()) {
                if (!m.type().equals(acronym.type()) || m.text().equals(acronym.text())
                        || m.type().equals(EntityType.LOCATION)
                        && !Name.of(m.text()).initials().equals(acronym.text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (m.end() > text.length()) {
                    continue;
                }
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + acronym.text().length() + 4));
                if (after.replace(" ", "").startsWith("(" + acronym.text() + ")")) {
                    return g.getKey();
                }
            }
        }
        return null;
    }
}
