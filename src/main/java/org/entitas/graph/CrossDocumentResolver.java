package org.entitas.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entitas.EntityType;
import org.entitas.lexicon.WordList;

/**
 * Joins the entities of single documents into the entities of a whole run, one per real-world entity:
 *
 * <ol>
 *   <li>the same name, case, accents, dots and a place's {@code Kota}, {@code Desa} or {@code Kecamatan} aside
 *       ({@code Kota Bandung} and {@code BANDUNG}), and the names the team's table {@code equivalences.tsv} holds
 *       for one entity ({@code AS} and {@code Amerika Serikat}, {@code BI} and {@code Bank Indonesia},
 *       {@code Jokowi} and {@code Joko Widodo});
 *   <li>a short name (a person's name, an organization's acronym or single word) joins the one longer entity
 *       that some document showed it stands for (the short name among its aliases: {@code Prabowo} for
 *       {@code Prabowo Subianto}, {@code PBB} defined in parentheses after {@code Perserikatan Bangsa-Bangsa});
 *       with no such evidence, the one longer entity it fits (a person's words in a row, an acronym's initials).
 *       When two longer entities fit ({@code Hendra} and both {@code Hendra Kusumawijaya} and
 *       {@code Hendra Saputra}), it stays apart.
 * </ol>
 *
 * The result depends only on the set of entities given, not on their order: keys are the same with any number
 * of threads and in every run. Stateless and thread-safe.
 */
final class CrossDocumentResolver {

    /** The table's name of the entity a form belongs to, by type and form. */
    private static final Map<String, String> TABLE_NAMES = new HashMap<>();
    /** The table's forms, by type and form, to the group they belong to (type and form of its name). */
    private static final Map<String, String> TABLE = table();

    private CrossDocumentResolver() {
    }

    /**
     * A document-level entity, with every document's mentions of the same key added up.
     *
     * @param key its key ({@link EntityResolver#key})
     * @param type its type
     * @param name its fullest name
     * @param aliases the short forms documents joined to it
     * @param mentions how many mentions
     */
    record Local(String key, EntityType type, String name, Set<String> aliases, long mentions) {
    }

    /** The run-wide key of each local key (every local key is in the map), and each run-wide key's name. */
    record Result(Map<String, String> keyOf, Map<String, String> nameOf) {
    }

    static Result resolve(List<Local> locals) {
        int n = locals.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // 1. the same form, or one entity of the table
        Map<String, Integer> byForm = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Local l = locals.get(i);
            String form = l.type().name() + ":" + form(l.type(), l.name());
            String group = TABLE.getOrDefault(form, form);
            List<String> forms = new ArrayList<>(compositeForms(l.type(), l.name()));
            forms.add(0, group);
            for (String f : forms) {
                Integer other = byForm.putIfAbsent(l.type().name() + "#" + f, i);
                if (other != null) {
                    union(parent, other, i);
                }
            }
        }
        // the clusters after step 1: their fullest name, and every name they go by
        Map<Integer, String> longest = new HashMap<>();
        Map<Integer, Set<String>> names = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Local l = locals.get(i);
            int r = find(parent, i);
            longest.merge(r, l.name(), (a, b) -> better(a, b) ? a : b);
            Set<String> s = names.computeIfAbsent(r, k -> new java.util.HashSet<>());
            s.add(form(l.type(), l.name()));
            l.aliases().forEach(a -> s.add(form(l.type(), a)));
        }
        // where to look for the longer entities of a short name: by a person's words, an organization's initials,
        // and the names documents showed
        Map<String, List<Integer>> index = new HashMap<>();
        for (Integer r : new java.util.TreeSet<>(longest.keySet())) {
            EntityType type = locals.get(r).type();
            Set<String> at = new LinkedHashSet<>();
            if (type.equals(EntityType.PERSON)) {
                words(longest.get(r)).forEach(w -> at.add("w:" + w));
            } else if (type.equals(EntityType.ORGANIZATION)) {
                at.add("i:" + EntityResolver.initials(longest.get(r)));
            }
            names.get(r).forEach(f -> at.add("n:" + f));
            for (String a : at) {
                index.computeIfAbsent(type.name() + ":" + a, k -> new ArrayList<>()).add(r);
            }
        }
        // 2. short names join the one longer entity they stand for
        List<int[]> joins = new ArrayList<>();
        for (Integer c : new java.util.TreeSet<>(longest.keySet())) {
            EntityType type = locals.get(c).type();
            String shortName = longest.get(c);
            if (!isShort(type, shortName)) {
                continue;
            }
            String shortForm = form(type, shortName);
            Set<Integer> look = new java.util.TreeSet<>(index.getOrDefault(type.name() + ":n:" + shortForm, List.of()));
            if (type.equals(EntityType.PERSON)) {
                List<String> shortWords = words(shortName);
                if (!shortWords.isEmpty()) {
                    look.addAll(index.getOrDefault(type.name() + ":w:" + shortWords.get(0), List.of()));
                }
            } else {
                look.addAll(index.getOrDefault(type.name() + ":i:" + shortForm.replace("-", ""), List.of()));
            }
            List<Integer> fitting = new ArrayList<>();
            List<Integer> shown = new ArrayList<>();
            for (Integer d : look) {
                String longName = longest.get(d);
                if (d.equals(c) || !isAcronym(shortName) && words(longName).size() <= words(shortName).size()) {
                    continue;
                }
                boolean evidence = names.get(d).contains(shortForm);
                if (evidence || fits(type, shortName, longName)) {
                    fitting.add(d);
                    if (evidence) {
                        shown.add(d);
                    }
                }
            }
            // a fitting entity that itself fits a longer fitting one is that one ("Sri Mulyani" in "Sri Mulyani
            // Indrawati")
            if (fitting.size() > 1) {
                fitting.removeIf(d -> fitting.stream().anyMatch(e -> !e.equals(d)
                        && words(longest.get(e)).size() > words(longest.get(d)).size()
                        && fits(type, longest.get(d), longest.get(e))));
            }
            shown.retainAll(fitting);
            // a person's one word (a first name: "Maria") joins only where some document showed what it stands for
            boolean needsEvidence = type.equals(EntityType.PERSON) && words(shortName).size() == 1;
            if (shown.size() == 1) {
                joins.add(new int[] {c, shown.get(0)});
            } else if (shown.isEmpty() && fitting.size() == 1 && !needsEvidence) {
                joins.add(new int[] {c, fitting.get(0)});
            }
        }
        for (int[] j : joins) {
            union(parent, j[0], j[1]);
        }
        // 3. names and keys
        Map<Integer, String> name = new HashMap<>();
        Map<Integer, String> table = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Local l = locals.get(i);
            int r = find(parent, i);
            name.merge(r, l.name(), (a, b) -> better(a, b) ? a : b);
            String tableName = TABLE_NAMES.get(l.type().name() + ":" + form(l.type(), l.name()));
            if (tableName != null && form(l.type(), tableName).equals(form(l.type(), l.name()))) {
                table.merge(r, l.name(), (a, b) -> better(a, b) ? a : b);
            }
        }
        Map<String, String> keyOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Local l = locals.get(i);
            int r = find(parent, i);
            String canonical = table.getOrDefault(r, name.get(r));
            String key = EntityResolver.key(l.type(), canonical);
            keyOf.put(l.key(), key);
            nameOf.put(key, canonical);
        }
        return new Result(keyOf, nameOf);
    }

    /** Whether a is the better name: more words, then longer, then first in order. */
    private static boolean better(String a, String b) {
        int wa = words(a).size();
        int wb = words(b).size();
        if (wa != wb) {
            return wa > wb;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length();
        }
        return a.compareTo(b) <= 0;
    }

    private static boolean isShort(EntityType type, String name) {
        if (type.equals(EntityType.PERSON)) {
            return true;
        }
        return type.equals(EntityType.ORGANIZATION) && (isAcronym(name) || words(name).size() == 1);
    }

    private static boolean fits(EntityType type, String shortName, String longName) {
        if (type.equals(EntityType.PERSON)) {
            return EntityResolver.wordsWithin(shortName, longName);
        }
        // an organization's one word joins on evidence only: "TikTok" is not "TikTok Shop"
        return isAcronym(shortName) && EntityResolver.initials(longName).equals(shortName.toLowerCase(Locale.ROOT));
    }

    static boolean isAcronym(String text) {
        return text.length() >= 2 && text.length() <= 10 && text.chars().allMatch(c -> Character.isUpperCase(c)
                || Character.isDigit(c) || c == '-') && text.chars().anyMatch(Character::isLetter);
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : form(EntityType.PERSON, name).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The form names are compared in: normalised ({@link EntityResolver#normalise}), dots and commas dropped,
     * and for a place without the {@code kota}, {@code desa}, {@code kecamatan} or {@code kelurahan} in front.
     */
    static String form(EntityType type, String name) {
        String f = EntityResolver.normalise(name).replace(".", "").replace(",", "").replace('\u2013', '-');
        f = f.replaceAll(" +", " ").strip();
        if (type.equals(EntityType.LOCATION)) {
            f = dropFront(f, "kota ", "desa ", "kecamatan ", "kelurahan ", "provinsi ");
        } else if (type.equals(EntityType.ORGANIZATION)) {
            f = dropFront(f, "pt ", "perum ");
            for (String form : List.of(" tbk", " (persero)", " persero")) {
                if (f.endsWith(form) && f.length() > form.length()) {
                    f = f.substring(0, f.length() - form.length());
                }
            }
        }
        return f;
    }

    private static String dropFront(String f, String... fronts) {
        for (String front : fronts) {
            if (f.startsWith(front) && f.length() > front.length()) {
                return f.substring(front.length());
            }
        }
        return f;
    }

    /**
     * The forms of an organization of a place or of another organization, with each part in the table's terms:
     * {@code KPU Jabar} and {@code Komisi Pemilihan Umum Provinsi Jawa Barat} are both {@code komisi pemilihan
     * umum @ jawa barat}, {@code Komisi II DPR} and {@code Komisi II Dewan Perwakilan Rakyat} both {@code komisi
     * ii @ dewan perwakilan rakyat}, {@code BPBD Demak} and {@code Badan Penanggulangan Bencana Daerah Demak} both
     * {@code bpbd @ demak} (by initials). Empty for other types, and when no part is in the table or an acronym.
     */
    static List<String> compositeForms(EntityType type, String name) {
        if (!type.equals(EntityType.ORGANIZATION)) {
            return List.of();
        }
        List<String> w = List.of(form(type, name).split(" "));
        List<String> out = new ArrayList<>();
        String[] raw = name.strip().split("\\s+");
        for (int k = 1; k < w.size(); k++) {
            String head = String.join(" ", w.subList(0, k));
            String rest = String.join(" ", w.subList(k, w.size()));
            String restForm = dropFront(rest, "provinsi ", "kabupaten ", "kota ");
            String restGroup = TABLE.get(EntityType.LOCATION.name() + ":" + restForm);
            if (restGroup == null) {
                restGroup = TABLE.get(EntityType.ORGANIZATION.name() + ":" + restForm);
            }
            String headGroup = TABLE.get(EntityType.ORGANIZATION.name() + ":" + head);
            String restPart = restGroup != null ? restGroup : "=" + restForm;
            if (headGroup != null) {
                out.add(headGroup + " @ " + restPart);
            } else if (restGroup != null) {
                out.add("=" + head + " @ " + restPart);
            }
            // by initials: an acronym head, or the initials of a head of several words
            if (raw.length == w.size()) {
                String acronym = k == 1 && isAcronym(raw[0]) ? head
                        : k >= 3 ? EntityResolver.initials(String.join(" ", List.of(raw).subList(0, k))) : null;
                if (acronym != null && acronym.length() >= 3) {
                    out.add("i:" + acronym + " @ " + restPart);
                }
            }
        }
        return out;
    }

    private static Map<String, String> table() {
        Map<String, String> out = new HashMap<>();
        for (String line : WordList.lines(KnowledgeGraph.class, "equivalences.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalStateException("equivalences.tsv: a line needs a type and two names: " + line);
            }
            EntityType type = EntityType.of(f[0]);
            String group = type.name() + ":" + form(type, f[1]);
            for (int i = 1; i < f.length; i++) {
                String key = type.name() + ":" + form(type, f[i]);
                String before = out.put(key, group);
                if (before != null && !before.equals(group)) {
                    throw new IllegalStateException("equivalences.tsv: " + f[i] + " is in two entities");
                }
                TABLE_NAMES.put(key, f[1]);
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two sets, the smaller index the root, so the result does not depend on the order of joining. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
