package org.entitas.graph;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
                target = uniqueLonger(groups, k, first, EntityResolver::wordsWithin);
            } else if ((first.type().equals(EntityType.ORGANIZATION) || first.type().equals(EntityType.LOCATION))
                    && (isAcronym(first.text()) || !first.text().contains(" "))) {
                target = text.map(t -> definedBefore(t, groups, first)).orElse(null);
                if (target == null && first.type().equals(EntityType.ORGANIZATION) && isAcronym(first.text())) {
                    target = uniqueLonger(groups, k, first, (shortName, longName) ->
                            initials(longName).equals(shortName.toLowerCase(Locale.ROOT)));
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
            for (Mention m : ms) {
                if (!normalise(m.text()).equals(normalise(canonical))) {
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

    /**
     * The stable key of a name: type, colon, the name lower-cased, accents removed, spaces collapsed (every Unicode
     * space and separator, the line separator U+2028 included, is one space).
     */
    public static String key(EntityType type, String name) {
        return type.name() + ":" + normalise(name);
    }

    static String normalise(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : normalise(name).split("[\\s]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isAcronym(String text) {
        return text.length() >= 2 && text.length() <= 10 && text.chars().allMatch(c -> Character.isUpperCase(c)
                || Character.isDigit(c)) && text.chars().anyMatch(Character::isLetter);
    }

    /** The initials of a name's capitalised words, hyphenated parts counted apart: "Perserikatan Bangsa-Bangsa" is "pbb". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }

    private interface Fits {
        boolean test(String shortName, String longName);
    }

    /**
     * The one longer group of the same type that the short name fits, or null (none, or ambiguous). A fitting
     * group that itself fits a longer fitting group does not count apart from it: "Mulyani" fits both "Sri
     * Mulyani" and "Sri Mulyani Indrawati", which are one person.
     */
    private static String uniqueLonger(Map<String, List<Mention>> groups, String shortKey, Mention shortMention,
            Fits fits) {
        List<Map.Entry<String, Mention>> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> g : groups.entrySet()) {
            Mention m = g.getValue().get(0);
            if (g.getKey().equals(shortKey) || !m.type().equals(shortMention.type())
                    || m.text().length() <= shortMention.text().length()) {
                continue;
            }
            if (fits.test(form(shortMention), m.text())) {
                candidates.add(Map.entry(g.getKey(), m));
            }
        }
        String found = null;
        for (Map.Entry<String, Mention> c : candidates) {
            boolean inLonger = candidates.stream().anyMatch(d -> d.getValue().text().length() > c.getValue().text().length()
                    && fits.test(form(c.getValue()), d.getValue().text()));
            if (!inLonger) {
                if (found != null) {
                    return null;
                }
                found = c.getKey();
            }
        }
        return found;
    }

    /** The form a short name is compared in: an organization's as written (acronyms), a person's normalised. */
    private static String form(Mention m) {
        return m.type().equals(EntityType.ORGANIZATION) ? m.text() : normalise(m.text());
    }

    /**
     * Whether the words of the short name come, in order, within the long name: {@code Anthony Ginting} in
     * {@code Anthony Sinisuka Ginting}, {@code Putin} in {@code Vladimir Putin}.
     */
    static boolean wordsWithin(String shortName, String longName) {
        List<String> s = words(shortName);
        List<String> l = words(longName);
        int k = 0;
        for (int i = 0; i < l.size() && k < s.size(); i++) {
            if (l.get(i).equals(s.get(k))) {
                k++;
            }
        }
        return !s.isEmpty() && k == s.size() && s.size() < l.size();
    }

    /** The organization right before "(ACRONYM)" somewhere in the text, if one is. */
    private static String definedBefore(String text, Map<String, List<Mention>> groups, Mention acronym) {
        for (Map.Entry<String, List<Mention>> g : groups.entrySet()) {
            for (Mention m : g.getValue()) {
                if (!m.type().equals(acronym.type()) || m.text().equals(acronym.text())
                        || m.type().equals(EntityType.LOCATION)
                        && !initials(m.text()).equals(acronym.text().toLowerCase(Locale.ROOT))) {
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
