package org.entitas.graph;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.TaggedDocument;

/**
 * Entities across documents and how they co-occur. Add documents one by one ({@link #add}); read the nodes
 * and edges at any time. Nodes are keyed by {@link Entity#key()}, so the same entity in a thousand documents
 * is one node. Not thread-safe: one builder per thread, or add under a lock.
 */
public final class KnowledgeGraph {

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
     * @param name its fullest name seen
     * @param aliases the other names it was mentioned by, in the order first seen
     * @param mentions how many mentions
     * @param documents how many documents mention it
     * @param firstDocument the first document that mentions it
     * @param lastDocument the last one
     */
    public record Node(String key, EntityType type, String name, Set<String> aliases, long mentions, long documents,
            String firstDocument, String lastDocument) {
        public Node {
            requireNonNull(key, "key must not be null");
            requireNonNull(type, "type must not be null");
            requireNonNull(name, "name must not be null");
            aliases = ImmutableSet.copyOf(requireNonNull(aliases, "aliases must not be null"));
            requireNonNull(firstDocument, "firstDocument must not be null");
            requireNonNull(lastDocument, "lastDocument must not be null");
        }
    }

    /**
     * A weighted tie between two entities, the source's key sorting before the target's.
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
     * A role a person holds, read from a title in one sentence ({@code Presiden Rusia Vladimir Putin}).
     *
     * @param person the person's key
     * @param role the role's words, as written
     * @param of the key of the place or organization the role is of, or empty
     * @param document the document it was read from
     * @param sentence the sentence it was read from
     */
    public record RoleEdge(String person, String role, java.util.Optional<String> of, String document,
            String sentence) {
        public RoleEdge {
            requireNonNull(person, "person must not be null");
            requireNonNull(role, "role must not be null");
            requireNonNull(of, "of must not be null");
            requireNonNull(document, "document must not be null");
            requireNonNull(sentence, "sentence must not be null");
        }
    }

    private static final class NodeBuilder {
        final String key;
        final EntityType type;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        long mentions;
        long documents;
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

    private final Map<String, NodeBuilder> nodes = new LinkedHashMap<>();
    private final Map<List<Object>, EdgeBuilder> edges = new LinkedHashMap<>();
    private final List<RoleEdge> roles = new ArrayList<>();

    /**
     * Adds one tagged document: its entities (acronyms defined in parentheses resolved from its text), their ties,
     * and the roles read from its sentences.
     */
    public KnowledgeGraph add(TaggedDocument document) {
        requireNonNull(document, "document must not be null");
        return add(document.id(), EntityResolver.resolve(document.text(), document.mentions()),
                RoleRelations.read(document));
    }

    /**
     * Adds the mentions of a document whose text is not at hand (JSON Lines written without text): its entities
     * (acronyms matched by their initials only) and their ties; no role is read.
     */
    public KnowledgeGraph add(String documentId, List<Mention> mentions) {
        requireNonNull(documentId, "documentId must not be null");
        return add(documentId, EntityResolver.resolve(mentions), List.of());
    }

    private KnowledgeGraph add(String documentId, List<Entity> entities, List<RoleRelations.Role> roleList) {
        Map<Integer, Set<String>> bySentence = new TreeMap<>();
        for (Entity e : entities) {
            NodeBuilder n = nodes.computeIfAbsent(e.key(), k -> new NodeBuilder(k, e.type(), e.canonical()));
            if (e.canonical().length() > n.name.length()) {
                n.aliases.add(n.name);
                n.name = e.canonical();
            }
            for (String alias : e.names()) {
                if (!alias.equals(n.name)) {
                    n.aliases.add(alias);
                }
            }
            n.mentions += e.mentions().size();
            n.documents++;
            if (n.first == null) {
                n.first = documentId;
            }
            n.last = documentId;
            for (Mention m : e.mentions()) {
                bySentence.computeIfAbsent(m.sentence(), s -> new LinkedHashSet<>()).add(e.key());
            }
        }
        for (Set<String> keys : bySentence.values()) {
            tie(keys, EdgeKind.SAME_SENTENCE, documentId);
        }
        Set<String> all = new LinkedHashSet<>();
        entities.forEach(e -> all.add(e.key()));
        tie(all, EdgeKind.SAME_DOCUMENT, documentId);
        Map<Mention, String> keyOf = new java.util.HashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                keyOf.put(m, e.key());
            }
        }
        for (RoleRelations.Role r : roleList) {
            roles.add(new RoleEdge(keyOf.get(r.person()), r.role(), r.of().map(keyOf::get), documentId, r.sentence()));
        }
        return this;
    }

    private void tie(Set<String> keys, EdgeKind kind, String documentId) {
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                EdgeBuilder b = edges.computeIfAbsent(List.of(sorted.get(i), sorted.get(j), kind), k -> new EdgeBuilder());
                b.weight++;
                b.documents.add(documentId);
            }
        }
    }

    /** The nodes, in order of first appearance. */
    public List<Node> nodes() {
        List<Node> out = new ArrayList<>();
        for (NodeBuilder n : nodes.values()) {
            out.add(new Node(n.key, n.type, n.name, n.aliases, n.mentions, n.documents, n.first, n.last));
        }
        return out;
    }

    /** The roles read from titles, in document order. */
    public List<RoleEdge> roles() {
        return List.copyOf(roles);
    }

    /** The edges, heaviest first, then by keys. */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>();
        for (Map.Entry<List<Object>, EdgeBuilder> e : edges.entrySet()) {
            out.add(new Edge((String) e.getKey().get(0), (String) e.getKey().get(1), (EdgeKind) e.getKey().get(2),
                    e.getValue().weight, new ArrayList<>(e.getValue().documents)));
        }
        out.sort(Comparator.comparingLong(Edge::weight).reversed().thenComparing(Edge::source)
                .thenComparing(Edge::target).thenComparing(Edge::kind));
        return out;
    }
}
