package org.entitas.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 *       {@code Hendra Saputra}), it stays apart;
 *   <li>one name under two types is one entity ({@code Amerika Serikat} tagged a place in most documents and an
 *       organization in one): entities of different types join where the fullest name of one is a name of the
 *       other, and take the type most of their mentions carry.
 * </ol>
 *
 * The result depends only on the set of entities given, not on their order: keys are the same with any number
 * of threads and in every run. Stateless and thread-safe.
 */
final class CrossDocumentResolver {

    /** A name's form under a type ({@link Name#form}): what the team's table and the joining compare. */
    record Form(EntityType type, String form) {
        static Form of(EntityType type, String name) {
            return new Form(type, Name.of(name).form(type));
        }
    }

    /** How a part of a name, or an entry of the index, was read. */
    enum By {
        /** A group of the team's table. */
        TABLE,
        /** The form as it is. */
        NAME,
        /** A person's word. */
        WORD,
        /** An organization's initials. */
        INITIALS
    }

    /** A part of an organization's name read in the table's terms: a table group, a plain form or initials. */
    record Part(By by, Form form) {
    }

    /** What joins the entities of step 1: a form's table group, or an organization read part by part. */
    sealed interface Joining permits Group, Composite {
    }

    /** A form's group in the team's table, or the form itself when the table does not hold it. */
    record Group(Form form) implements Joining {
    }

    /**
     * An organization of a place or of another organization read part by part ({@code KPU Jabar}: the table's
     * KPU of the table's Jawa Barat).
     */
    record Composite(Part head, Part of) implements Joining {
    }

    /** Where step 2 looks for the longer entities of a short name. */
    private record IndexKey(EntityType type, By by, String value) {
    }

    /**
     * The team's table {@code equivalences.tsv}: each form's group (the form of the entity's table name) and each
     * form's table name.
     */
    private record Table(Map<Form, Form> groups, Map<Form, String> names) {
    }

    private static final Table TABLE = table();

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

    /**
     * The run-wide key of each local key (every local key is in the map), and each run-wide key's name and type
     * (the type most of its mentions carry).
     */
    record Result(Map<String, String> keyOf, Map<String, String> nameOf, Map<String, EntityType> typeOf) {
    }

    static Result resolve(List<Local> locals) {
        int n = locals.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // 1. the same form, or one entity of the table
        Map<Joining, Integer> byForm = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Local l = locals.get(i);
            Form form = Form.of(l.type(), l.name());
            List<Joining> forms = new ArrayList<>();
            forms.add(new Group(TABLE.groups().getOrDefault(form, form)));
            forms.addAll(compositeForms(l.type(), l.name()));
            for (Joining f : forms) {
                Integer other = byForm.putIfAbsent(f, i);
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
            Set<String> s = names.computeIfAbsent(r, k -> new HashSet<>());
            s.add(Name.of(l.name()).form(l.type()));
            l.aliases().forEach(a -> s.add(Name.of(a).form(l.type())));
        }
        // where to look for the longer entities of a short name: by a person's words, an organization's initials,
        // and the names documents showed
        Map<IndexKey, List<Integer>> index = new HashMap<>();
        for (Integer r : new TreeSet<>(longest.keySet())) {
            EntityType type = locals.get(r).type();
            Name name = Name.of(longest.get(r));
            Set<IndexKey> at = new LinkedHashSet<>();
            if (type.equals(EntityType.PERSON)) {
                name.words().forEach(w -> at.add(new IndexKey(type, By.WORD, w)));
            } else if (type.equals(EntityType.ORGANIZATION)) {
                at.add(new IndexKey(type, By.INITIALS, name.initials()));
            }
            names.get(r).forEach(f -> at.add(new IndexKey(type, By.NAME, f)));
            for (IndexKey a : at) {
                index.computeIfAbsent(a, k -> new ArrayList<>()).add(r);
            }
        }
        // 2. short names join the one longer entity they stand for
        List<int[]> joins = new ArrayList<>();
        for (Integer c : new TreeSet<>(longest.keySet())) {
            EntityType type = locals.get(c).type();
            Name shortName = Name.of(longest.get(c));
            if (!isShort(type, shortName)) {
                continue;
            }
            String shortForm = shortName.form(type);
            Set<Integer> look = new TreeSet<>(index.getOrDefault(new IndexKey(type, By.NAME, shortForm), List.of()));
            if (type.equals(EntityType.PERSON)) {
                if (!shortName.words().isEmpty()) {
                    look.addAll(index.getOrDefault(new IndexKey(type, By.WORD, shortName.words().get(0)), List.of()));
                }
            } else {
                look.addAll(index.getOrDefault(new IndexKey(type, By.INITIALS, shortForm.replace("-", "")),
                        List.of()));
            }
            List<Integer> fitting = new ArrayList<>();
            List<Integer> shown = new ArrayList<>();
            for (Integer d : look) {
                Name longName = Name.of(longest.get(d));
                if (d.equals(c) || !shortName.acronym() && longName.words().size() <= shortName.words().size()) {
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
                fitting.removeIf(d -> fitting.stream().anyMatch(e -> {
                    Name de = Name.of(longest.get(d));
                    Name ee = Name.of(longest.get(e));
                    return !e.equals(d) && ee.words().size() > de.words().size() && fits(type, de, ee);
                }));
            }
            shown.retainAll(fitting);
            // a person's one word (a first name: "Maria") joins only where some document showed what it stands for
            boolean needsEvidence = type.equals(EntityType.PERSON) && shortName.words().size() == 1;
            if (shown.size() == 1) {
                joins.add(new int[] {c, shown.get(0)});
            } else if (shown.isEmpty() && fitting.size() == 1 && !needsEvidence) {
                joins.add(new int[] {c, fitting.get(0)});
            }
        }
        for (int[] j : joins) {
            union(parent, j[0], j[1]);
        }
        // 3. one name under two types is one entity: the clusters of different types that share a name join
        acrossTypes(locals, parent);
        // 4. types, names and keys: the type most mentions carry, the best name of that type
        Map<Integer, Map<EntityType, Long>> mentionsByType = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Local l = locals.get(i);
            mentionsByType.computeIfAbsent(find(parent, i), k -> new HashMap<>()).merge(l.type(), l.mentions(),
                    Long::sum);
        }
        Map<Integer, EntityType> typeOfRoot = new HashMap<>();
        mentionsByType.forEach((r, counts) -> typeOfRoot.put(r, counts.entrySet().stream()
                .max(Map.Entry.<EntityType, Long>comparingByValue()
                        .thenComparing(e -> e.getKey().name(), Comparator.reverseOrder()))
                .orElseThrow().getKey()));
        Map<Integer, String> name = new HashMap<>();
        Map<Integer, String> table = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Local l = locals.get(i);
            int r = find(parent, i);
            if (!l.type().equals(typeOfRoot.get(r))) {
                continue;
            }
            name.merge(r, l.name(), (a, b) -> better(a, b) ? a : b);
            Form form = Form.of(l.type(), l.name());
            String tableName = TABLE.names().get(form);
            if (tableName != null && Form.of(l.type(), tableName).equals(form)) {
                table.merge(r, l.name(), (a, b) -> better(a, b) ? a : b);
            }
        }
        Map<String, String> keyOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        Map<String, EntityType> typeOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Local l = locals.get(i);
            int r = find(parent, i);
            EntityType type = typeOfRoot.get(r);
            String canonical = table.getOrDefault(r, name.get(r));
            String key = EntityResolver.key(type, canonical);
            keyOf.put(l.key(), key);
            nameOf.put(key, canonical);
            typeOf.put(key, type);
        }
        return new Result(keyOf, nameOf, typeOf);
    }

    /**
     * Joins the clusters of different types where the fullest name of one is a name of the other ({@code Amerika
     * Serikat} the place and {@code Amerika Serikat} the organization; {@code Timor-Leste} the place and the
     * person), compared by their words.
     */
    private static void acrossTypes(List<Local> locals, int[] parent) {
        Map<Integer, String> longest = new HashMap<>();
        Map<Integer, Set<String>> names = new HashMap<>();
        for (int i = 0; i < locals.size(); i++) {
            Local l = locals.get(i);
            int r = find(parent, i);
            longest.merge(r, l.name(), (a, b) -> better(a, b) ? a : b);
            Set<String> s = names.computeIfAbsent(r, k -> new HashSet<>());
            s.add(neutral(l.name()));
            l.aliases().forEach(a -> s.add(neutral(a)));
        }
        Map<String, List<Integer>> byName = new HashMap<>();
        for (Integer r : new TreeSet<>(names.keySet())) {
            for (String f : names.get(r)) {
                byName.computeIfAbsent(f, k -> new ArrayList<>()).add(r);
            }
        }
        for (Integer r : new TreeSet<>(longest.keySet())) {
            EntityType type = locals.get(r).type();
            for (Integer other : byName.getOrDefault(neutral(longest.get(r)), List.of())) {
                if (!locals.get(other).type().equals(type)) {
                    union(parent, r, other);
                }
            }
        }
    }

    /** A name's words, the same for every type. */
    private static String neutral(String name) {
        return String.join(" ", Name.of(name).words());
    }

    /** Whether a is the better name: more words, then longer, then first in order. */
    private static boolean better(String a, String b) {
        int wa = Name.of(a).words().size();
        int wb = Name.of(b).words().size();
        if (wa != wb) {
            return wa > wb;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length();
        }
        return a.compareTo(b) <= 0;
    }

    private static boolean isShort(EntityType type, Name name) {
        if (type.equals(EntityType.PERSON)) {
            return true;
        }
        return type.equals(EntityType.ORGANIZATION) && (name.acronym() || name.words().size() == 1);
    }

    private static boolean fits(EntityType type, Name shortName, Name longName) {
        if (type.equals(EntityType.PERSON)) {
            return shortName.wordsWithin(longName);
        }
        // an organization's one word joins on evidence only: "TikTok" is not "TikTok Shop"
        return shortName.spellsInitialsOf(longName);
    }

    /**
     * The forms of an organization of a place or of another organization, with each part in the table's terms:
     * {@code KPU Jabar} and {@code Komisi Pemilihan Umum Provinsi Jawa Barat} are both the table's KPU of the
     * table's Jawa Barat, {@code Komisi II DPR} and {@code Komisi II Dewan Perwakilan Rakyat} both {@code komisi ii}
     * of the table's DPR, {@code BPBD Demak} and {@code Badan Penanggulangan Bencana Daerah Demak} both the initials
     * {@code bpbd} of {@code demak}. Empty for other types, and when no part is in the table or an acronym.
     */
    static List<Joining> compositeForms(EntityType type, String name) {
        if (!type.equals(EntityType.ORGANIZATION)) {
            return List.of();
        }
        List<String> w = List.of(Name.of(name).form(type).split(" "));
        List<Joining> out = new ArrayList<>();
        String[] raw = name.strip().split("\\s+");
        for (int k = 1; k < w.size(); k++) {
            String head = String.join(" ", w.subList(0, k));
            String rest = String.join(" ", w.subList(k, w.size()));
            String restForm = Name.withoutFront(rest, "provinsi ", "kabupaten ", "kota ");
            Form restGroup = TABLE.groups().get(new Form(EntityType.LOCATION, restForm));
            if (restGroup == null) {
                restGroup = TABLE.groups().get(new Form(EntityType.ORGANIZATION, restForm));
            }
            Form headGroup = TABLE.groups().get(new Form(EntityType.ORGANIZATION, head));
            Part restPart = restGroup != null ? new Part(By.TABLE, restGroup)
                    : new Part(By.NAME, new Form(type, restForm));
            if (headGroup != null) {
                out.add(new Composite(new Part(By.TABLE, headGroup), restPart));
            } else if (restGroup != null) {
                out.add(new Composite(new Part(By.NAME, new Form(type, head)), restPart));
            }
            // by initials: an acronym head, or the initials of a head of several words
            if (raw.length == w.size()) {
                String acronym = k == 1 && Name.of(raw[0]).acronym() ? head
                        : k >= 3 ? Name.of(String.join(" ", List.of(raw).subList(0, k))).initials() : null;
                if (acronym != null && acronym.length() >= 3) {
                    out.add(new Composite(new Part(By.INITIALS, new Form(type, acronym)), restPart));
                }
            }
        }
        return out;
    }

    private static Table table() {
        Map<Form, Form> groups = new HashMap<>();
        Map<Form, String> names = new HashMap<>();
        for (String line : WordList.lines(KnowledgeGraph.class, "equivalences.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalStateException("equivalences.tsv: a line needs a type and two names: " + line);
            }
            EntityType type = EntityType.of(f[0]);
            Form group = Form.of(type, f[1]);
            for (int i = 1; i < f.length; i++) {
                Form key = Form.of(type, f[i]);
                Form before = groups.put(key, group);
                if (before != null && !before.equals(group)) {
                    throw new IllegalStateException("equivalences.tsv: " + f[i] + " is in two entities");
                }
                names.put(key, f[1]);
            }
        }
        return new Table(Map.copyOf(groups), Map.copyOf(names));
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
