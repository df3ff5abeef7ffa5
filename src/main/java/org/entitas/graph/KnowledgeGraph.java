package org.entitas.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.TaggedDocument;
import org.entitas.io.LoneSurrogates;

/**
 * Entities across documents and how they co-occur. Add documents one by one ({@link #add}); read the nodes,
 * edges and roles at any time. Each document's mentions are cleaned first ({@link MentionCleaner}) and grouped
 * into the document's entities ({@link EntityResolver}); the entities of all documents are then joined into one
 * node per real-world entity ({@code CrossDocumentResolver}: the same name, the team's table of equivalent names,
 * short names and acronyms that some document showed or that fit one longer name only). A node's key is its
 * type and normalised name ({@code PERSON:prabowo subianto}), the same in every run and with any number of
 * threads for the same documents. The media of datelines ({@code KOMPAS.com - ...}, {@code Jakarta (ANTARA) -
 * ...}) are the documents' {@linkplain #sources() sources}, not entities tied to what they report, unless the graph
 * is made with {@link Sources#AS_ENTITIES}. Not thread-safe: one builder per thread, or add under a lock.
 */
public final class KnowledgeGraph {

    /** What becomes of the media a document names in its dateline ({@code KOMPAS.com}, {@code ANTARA}). */
    public enum Sources {
        /** They are the documents' sources ({@link #sources()}), not entities tied to what they report. */
        APART,
        /** They are entities like any other, tied to everything their documents mention. */
        AS_ENTITIES
    }

    /**
     * A medium that documents name as their source.
     *
     * @param key its stable key, {@code SOURCE:} and its normal form ({@code SOURCE:kompas.com})
     * @param name its name as first written
     * @param documents the documents it is a source of, in the order added
     */
    public record Source(String key, String name, List<String> documents) {
        public Source {
            requireNonNull(key, "key must not be null");
            requireNonNull(name, "name must not be null");
            documents = List.copyOf(requireNonNull(documents, "documents must not be null"));
        }
    }

    /** How two entities are related. */
    public enum EdgeKind {
        /** Mentioned in the same sentence. */
        SAME_SENTENCE,
        /** Mentioned in the same document (a weaker tie). */
        SAME_DOCUMENT
    }

    /**
     * An entity across the documents.
     *
     * @param key its stable key
     * @param type its type
     * @param name its fullest name seen (or the name the team's table gives it)
     * @param aliases the other names it was mentioned by, in the order first seen
     * @param titles the titles and honorifics taken off its mentions ({@code Pak}, {@code Gubernur BI}), in the
     *     order first seen
     * @param roles the roles read for it without a place or organization, in the order first seen (roles with
     *     one are {@link #roles()})
     * @param mentions how many mentions
     * @param otherTypes how many of its mentions the tagger gave another type than {@code type}, by type (the
     *     type most of its mentions carry is its type); empty when all agree
     * @param documents how many documents mention it
     * @param firstDocument the first document that mentions it
     * @param lastDocument the last one
     * @param link its identifier in the world gazetteers where one matches it unambiguously: {@code idn-area:32.73}
     *     (the government's area code of an Indonesian province, regency or city), {@code geonames:1642911},
     *     {@code wikipedia:32817} (the page id of a famous person's English Wikipedia article); else empty
     */
    public record Node(String key, EntityType type, String name, Set<String> aliases, Set<String> titles,
            Set<String> roles, long mentions, Map<EntityType, Long> otherTypes, long documents, String firstDocument,
            String lastDocument, Optional<String> link) {
        public Node {
            otherTypes = Map.copyOf(requireNonNull(otherTypes, "otherTypes must not be null"));
            requireNonNull(key, "key must not be null");
            requireNonNull(type, "type must not be null");
            requireNonNull(name, "name must not be null");
            aliases = ImmutableSet.copyOf(requireNonNull(aliases, "aliases must not be null"));
            titles = ImmutableSet.copyOf(requireNonNull(titles, "titles must not be null"));
            roles = ImmutableSet.copyOf(requireNonNull(roles, "roles must not be null"));
            requireNonNull(firstDocument, "firstDocument must not be null");
            requireNonNull(lastDocument, "lastDocument must not be null");
            requireNonNull(link, "link must not be null");
        }

        /** The web page of its link: GeoNames' or Wikipedia's; empty for an area code or no link. */
        public Optional<String> linkUrl() {
            return link.flatMap(WorldLinks::url);
        }
    }

    /**
     * A weighted tie between two entities, the source's key sorting before the target's. Undirected.
     *
     * @param source one entity's key
     * @param target the other's
     * @param kind same sentence or same document
     * @param weight the number of sentences (or documents) they share
     * @param documents the documents that show it, in order, each once
     */
    public record Edge(String source, String target, EdgeKind kind, long weight, List<String> documents) {
        public Edge {
            requireNonNull(source, "source must not be null");
            requireNonNull(target, "target must not be null");
            requireNonNull(kind, "kind must not be null");
            documents = List.copyOf(requireNonNull(documents, "documents must not be null"));
        }
    }

    /**
     * A role a person holds, read from titles ({@code Presiden Rusia Vladimir Putin}): one per person, role and
     * place or organization, however often it was read. Directed, from the person to the place or organization.
     *
     * @param person the person's key
     * @param role the role's words, as first written
     * @param of the key of the place or organization the role is of, or empty
     * @param evidence how many times it was read
     * @param documents the documents it was read from, in order, each once
     * @param sentence the first sentence it was read from
     */
    public record RoleEdge(String person, String role, Optional<String> of, long evidence, List<String> documents,
            String sentence) {
        public RoleEdge {
            requireNonNull(person, "person must not be null");
            requireNonNull(role, "role must not be null");
            requireNonNull(of, "of must not be null");
            documents = List.copyOf(requireNonNull(documents, "documents must not be null"));
            requireNonNull(sentence, "sentence must not be null");
        }
    }

    /** A document-level key with every document's mentions of it added up. */
    private static final class Local {
        final String key;
        final EntityType type;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        long mentions;

        Local(String key, EntityType type, String name) {
            this.key = key;
            this.type = type;
            this.name = name;
        }
    }

    /** A role read in a document: the local ids of the person and of the place or organization (-1 for none). */
    private record RoleKey(int person, String role, int of) {
    }

    /** A role of the graph: the node keys of the person and of the place or organization. */
    private record NodeRoleKey(String person, String role, Optional<String> of) {
    }

    /** A tie between two node keys, the source sorting first. */
    private record EdgeKey(String source, String target, EdgeKind kind) {
    }

    /** A document: its id and, by sentence, the local entity ids mentioned in it. */
    private record Doc(String id, int[][] sentences) {
    }

    private static final class RoleBuilder {
        long evidence;
        final Set<String> documents = new LinkedHashSet<>();
        final String role;
        final String sentence;

        RoleBuilder(String role, String sentence) {
            this.role = role;
            this.sentence = sentence;
        }
    }

    /** What the graph is after resolution across the documents; made when first read after an add. */
    private record Resolved(List<Node> nodes, List<Edge> edges, List<RoleEdge> roles,
            Map<String, List<String>> documents) {
    }

    private final Map<String, Integer> localIds = new HashMap<>();
    private final List<Local> locals = new ArrayList<>();
    private final List<Doc> docs = new ArrayList<>();
    /** Roles by local person id, role (normalised) and local place or organization id (-1 for none). */
    private final Map<RoleKey, RoleBuilder> roles = new LinkedHashMap<>();
    private final Map<MentionCleaner.Fix, Long> cleaned = new EnumMap<>(MentionCleaner.Fix.class);
    /** The sources by normal form: the name first written and the documents. */
    private final Map<String, Map.Entry<String, Set<String>>> sources = new LinkedHashMap<>();
    private final Sources sourceMode;
    private Resolved resolved;

    /** A graph that keeps the media of datelines apart, as the documents' sources. */
    public KnowledgeGraph() {
        this(Sources.APART);
    }

    /** A graph that keeps the media of datelines apart or takes them as entities. */
    public KnowledgeGraph(Sources sources) {
        this.sourceMode = requireNonNull(sources, "sources must not be null");
    }

    /**
     * Adds one tagged document: its entities (acronyms defined in parentheses resolved from its text), their ties,
     * and the roles read from its sentences.
     */
    public KnowledgeGraph add(TaggedDocument document) {
        requireNonNull(document, "document must not be null");
        // a lone surrogate is U+FFFD from here on, as every export writes it: names that differ only there are one
        // entity with one key in every export
        String text = LoneSurrogates.replaced(document.text());
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, whole(document.mentions()));
        if (sourceMode == Sources.APART) {
            List<Mention> media = Datelines.sources(text, c.mentions());
            for (Mention m : media) {
                sources.computeIfAbsent(Name.normalise(m.text()), k -> Map.entry(m.text(), new LinkedHashSet<>()))
                        .getValue().add(document.id());
            }
            List<Mention> rest = new ArrayList<>(c.mentions());
            rest.removeAll(media);
            c = new MentionCleaner.Cleaned(rest, c.titles(), c.fixes());
        }
        TaggedDocument clean = new TaggedDocument(document.document(), document.sentences(), c.mentions());
        return add(document.id(), c, EntityResolver.resolve(text, c.mentions()), RoleRelations.read(clean));
    }

    /**
     * Adds the mentions of a document whose text is not at hand (JSON Lines written without text): its entities
     * (acronyms matched by their initials only) and their ties; no role is read.
     */
    public KnowledgeGraph add(String documentId, List<Mention> mentions) {
        requireNonNull(documentId, "documentId must not be null");
        requireNonNull(mentions, "mentions must not be null");
        MentionCleaner.Cleaned c = MentionCleaner.clean(whole(mentions));
        return add(documentId, c, EntityResolver.resolve(c.mentions()), List.of());
    }

    private KnowledgeGraph add(String documentId, MentionCleaner.Cleaned c, List<Entity> entities,
            List<RoleRelations.Role> roleList) {
        resolved = null;
        c.fixes().forEach((f, n) -> cleaned.merge(f, (long) n, Long::sum));
        Map<Integer, Set<Integer>> bySentence = new TreeMap<>();
        Map<Mention, Integer> idOf = new HashMap<>();
        for (Entity e : entities) {
            Integer id = localIds.get(e.key());
            if (id == null) {
                id = locals.size();
                localIds.put(e.key(), id);
                locals.add(new Local(e.key(), e.type(), e.canonical()));
            }
            Local l = locals.get(id);
            if (e.canonical().length() > l.name.length()) {
                l.name = e.canonical();
            }
            l.aliases.addAll(e.aliases());
            l.mentions += e.mentions().size();
            for (Mention m : e.mentions()) {
                bySentence.computeIfAbsent(m.sentence(), s -> new TreeSet<>()).add(id);
                idOf.put(m, id);
                String title = c.titles().get(m);
                if (title != null) {
                    l.titles.add(title);
                }
            }
        }
        int[][] sentences = new int[bySentence.size()][];
        int i = 0;
        for (Set<Integer> ids : bySentence.values()) {
            sentences[i++] = ids.stream().mapToInt(Integer::intValue).toArray();
        }
        docs.add(new Doc(documentId, sentences));
        for (RoleRelations.Role r : roleList) {
            Integer person = idOf.get(r.person());
            int of = r.of().map(idOf::get).orElse(-1);
            RoleBuilder b = roles.computeIfAbsent(new RoleKey(person, Name.normalise(r.role()), of),
                    k -> new RoleBuilder(r.role(), r.sentence()));
            b.evidence++;
            b.documents.add(documentId);
        }
        return this;
    }

    /** The media the documents name as their sources, in order of first appearance; none with AS_ENTITIES. */
    public List<Source> sources() {
        List<Source> out = new ArrayList<>();
        sources.forEach((normal, s) -> out.add(new Source("SOURCE:" + normal, s.getKey(), List.copyOf(s.getValue()))));
        return List.copyOf(out);
    }

    /** How many of the mentions added so far each kind of cleaning touched ({@link MentionCleaner}). */
    public Map<MentionCleaner.Fix, Long> cleaned() {
        return Map.copyOf(cleaned);
    }

    /** The node key that a document-level entity key ({@link Entity#key()}) ended in, if it was added. */
    public Optional<String> nodeKey(String entityKey) {
        requireNonNull(entityKey, "entityKey must not be null");
        Integer id = localIds.get(entityKey);
        return id == null ? Optional.empty() : Optional.of(resolution().keyOf().get(entityKey));
    }

    private CrossDocumentResolver.Result resolution;

    private CrossDocumentResolver.Result resolution() {
        if (resolved == null) {
            resolve();
        }
        return resolution;
    }

    private Resolved resolved() {
        if (resolved == null) {
            resolve();
        }
        return resolved;
    }

    private void resolve() {
        List<CrossDocumentResolver.Local> in = new ArrayList<>();
        for (Local l : locals) {
            in.add(new CrossDocumentResolver.Local(l.key, l.type, l.name, l.aliases, l.mentions));
        }
        resolution = CrossDocumentResolver.resolve(in);
        String[] keyOf = new String[locals.size()];
        for (int i = 0; i < keyOf.length; i++) {
            keyOf[i] = resolution.keyOf().get(locals.get(i).key);
        }
        // nodes, in order of first appearance
        Map<String, NodeBuilder> nodes = new LinkedHashMap<>();
        for (int i = 0; i < keyOf.length; i++) {
            Local l = locals.get(i);
            NodeBuilder n = nodes.computeIfAbsent(keyOf[i], k -> new NodeBuilder(k, resolution.typeOf().get(k),
                    resolution.nameOf().get(k)));
            n.names.add(l.name);
            n.names.addAll(l.aliases);
            n.titles.addAll(l.titles);
            n.mentions += l.mentions;
            if (!l.type.equals(n.type)) {
                n.otherTypes.merge(l.type, l.mentions, Long::sum);
            }
        }
        Map<EdgeKey, EdgeBuilder> edges = new HashMap<>();
        for (Doc d : docs) {
            Set<String> all = new TreeSet<>();
            for (int[] s : d.sentences()) {
                Set<String> keys = new TreeSet<>();
                for (int id : s) {
                    keys.add(keyOf[id]);
                }
                tie(edges, keys, EdgeKind.SAME_SENTENCE, d.id());
                all.addAll(keys);
            }
            tie(edges, all, EdgeKind.SAME_DOCUMENT, d.id());
            for (String k : all) {
                NodeBuilder n = nodes.get(k);
                n.documents++;
                n.documentIds.add(d.id());
                if (n.first == null) {
                    n.first = d.id();
                }
                n.last = d.id();
            }
        }
        Map<NodeRoleKey, RoleEdge> roleEdges = new LinkedHashMap<>();
        for (Map.Entry<RoleKey, RoleBuilder> e : roles.entrySet()) {
            String person = keyOf[e.getKey().person()];
            int of = e.getKey().of();
            Optional<String> ofKey = of < 0 ? Optional.empty() : Optional.of(keyOf[of]);
            RoleBuilder b = e.getValue();
            roleEdges.merge(new NodeRoleKey(person, e.getKey().role(), ofKey), new RoleEdge(person, b.role, ofKey, b.evidence,
                    List.copyOf(b.documents), b.sentence), (x, y) -> {
                        Set<String> ds = new LinkedHashSet<>(x.documents());
                        ds.addAll(y.documents());
                        return new RoleEdge(x.person(), x.role(), x.of(), x.evidence() + y.evidence(),
                                List.copyOf(ds), x.sentence());
                    });
        }
        for (RoleEdge r : roleEdges.values()) {
            if (r.of().isEmpty()) {
                nodes.get(r.person()).roles.add(r.role());
            }
        }
        List<Node> nodeList = new ArrayList<>();
        Map<String, List<String>> documents = new HashMap<>();
        for (NodeBuilder n : nodes.values()) {
            documents.put(n.key, List.copyOf(n.documentIds));
            n.names.remove(n.name);
            nodeList.add(new Node(n.key, n.type, n.name, n.names, n.titles, n.roles, n.mentions, n.otherTypes,
                    n.documents, n.first, n.last, Optional.empty()));
        }
        Map<String, String> links = WorldLinks.bundled().link(nodeList, documents);
        nodeList.replaceAll(n -> links.containsKey(n.key()) ? new Node(n.key(), n.type(), n.name(), n.aliases(),
                n.titles(), n.roles(), n.mentions(), n.otherTypes(), n.documents(), n.firstDocument(),
                n.lastDocument(), Optional.of(links.get(n.key()))) : n);
        List<Edge> edgeList = new ArrayList<>();
        for (Map.Entry<EdgeKey, EdgeBuilder> e : edges.entrySet()) {
            edgeList.add(new Edge(e.getKey().source(), e.getKey().target(), e.getKey().kind(), e.getValue().weight,
                    new ArrayList<>(e.getValue().documents)));
        }
        edgeList.sort(Comparator.comparingLong(Edge::weight).reversed().thenComparing(Edge::source)
                .thenComparing(Edge::target).thenComparing(Edge::kind));
        resolved = new Resolved(List.copyOf(nodeList), List.copyOf(edgeList), List.copyOf(roleEdges.values()),
                documents);
    }

    private static final class NodeBuilder {
        final String key;
        final EntityType type;
        final String name;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        long mentions;
        final Map<EntityType, Long> otherTypes = new HashMap<>();
        long documents;
        final List<String> documentIds = new ArrayList<>();
        String first;
        String last;

        NodeBuilder(String key, EntityType type, String name) {
            this.key = key;
            this.type = type;
            this.name = name;
        }
    }

    private static final class EdgeBuilder {
        long weight;
        final Set<String> documents = new LinkedHashSet<>();
    }

    private static void tie(Map<EdgeKey, EdgeBuilder> edges, Set<String> sortedKeys, EdgeKind kind,
            String documentId) {
        List<String> sorted = new ArrayList<>(sortedKeys);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                EdgeBuilder b = edges.computeIfAbsent(new EdgeKey(sorted.get(i), sorted.get(j), kind),
                        k -> new EdgeBuilder());
                b.weight++;
                b.documents.add(documentId);
            }
        }
    }

    /** The nodes, in order of first appearance. */
    public List<Node> nodes() {
        return resolved().nodes();
    }

    /**
     * The documents that mention a node, in the order they were added.
     *
     * @throws IllegalArgumentException if no node has the key
     */
    public List<String> documentsOf(String nodeKey) {
        requireNonNull(nodeKey, "nodeKey must not be null");
        List<String> documents = resolved().documents().get(nodeKey);
        checkArgument(documents != null, "no node has the key %s", nodeKey);
        return documents;
    }

    /** The roles, one per person, role and place or organization, in order of first reading. */
    public List<RoleEdge> roles() {
        return resolved().roles();
    }

    /** The edges, heaviest first, then by keys. */
    public List<Edge> edges() {
        return resolved().edges();
    }

    /** The mentions with each lone surrogate of their text as U+FFFD (one char for one: offsets stay). */
    private static List<Mention> whole(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String text = LoneSurrogates.replaced(m.text());
            out.add(text.equals(m.text()) ? m
                    : new Mention(m.type(), text, m.start(), m.end(), m.confidence(), m.sentence()));
        }
        return out;
    }
}
