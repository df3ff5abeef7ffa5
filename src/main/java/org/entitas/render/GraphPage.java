package org.entitas.render;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entitas.EntityType;
import org.entitas.graph.KnowledgeGraph;
import org.entitas.graph.KnowledgeGraph.Edge;
import org.entitas.graph.KnowledgeGraph.EdgeKind;
import org.entitas.graph.KnowledgeGraph.Node;
import org.entitas.graph.KnowledgeGraph.RoleEdge;

/**
 * An HTML page to explore a {@link KnowledgeGraph}, drawn by Cytoscape.js (bundled in the jar with its licence;
 * {@link #writeLibrary(Path)} puts it beside the page, so the page opens offline, with no server).
 *
 * <p>The graph's entities, same-sentence ties, roles and documents travel in the page as JSON (in a
 * {@code <script type="application/json" id="graph-data">}, with {@code <}, {@code >} and {@code &} escaped).
 * The page draws the entities with the most mentions ({@code maxNodes}) and the ties and roles among them, and
 * offers zoom, pan and drag, a search by name (and other names), filters by type and by minimum mentions, a
 * control to draw more, and on a click the entity's details with links to its documents' pages. Labels are
 * placed largest entity first and left out where they would overlap one already shown; zooming in shows more.
 * Once drawn, the body carries {@code data-ready="true"}, {@code data-drawn} (entities drawn) and
 * {@code data-draw-ms} (milliseconds from the page's start to the first picture); the page's script is reachable
 * as {@code window.entitasGraph}. Stateless and thread-safe.
 */
public final class GraphPage {

    /** Where the page expects the drawing library, relative to the page. */
    public static final String LIBRARY = "assets/cytoscape.min.js";
    /** Where {@link #writeLibrary(Path)} puts the library's licence, relative to the page. */
    public static final String LIBRARY_LICENCE = "assets/cytoscape.LICENSE.txt";

    private static final String RESOURCES = "/org/entitas/render/";
    private static final String SCRIPT = resource("graph.js");
    private static final String STYLE = resource("graph.css");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final int[] LIMITS = {50, 100, 200, 500, 1000, 2000, 5000};

    private GraphPage() {
    }

    /**
     * The page without links to documents: a click on an entity lists its documents by id.
     *
     * @see #render(KnowledgeGraph, String, Map, int)
     */
    public static String render(KnowledgeGraph graph, String title, int maxNodes) {
        return render(graph, title, Map.of(), maxNodes);
    }

    /**
     * The page of a graph.
     *
     * @param graph the graph
     * @param title the page's title, for example where the documents came from
     * @param documentLinks relative links to the documents' pages, by document id; a document without one is
     *     listed by its id
     * @param maxNodes how many entities to draw at first, those with the most mentions; at least 1
     * @return the HTML page, which loads {@link #LIBRARY}
     * @throws IllegalArgumentException if {@code maxNodes} is less than 1, or a link is absolute (has a scheme)
     */
    public static String render(KnowledgeGraph graph, String title, Map<String, String> documentLinks, int maxNodes) {
        requireNonNull(graph, "graph must not be null");
        requireNonNull(title, "title must not be null");
        requireNonNull(documentLinks, "documentLinks must not be null");
        checkArgument(maxNodes >= 1, "maxNodes must be at least 1: %s", maxNodes);
        documentLinks.forEach((id, href) -> checkArgument(!SCHEME.matcher(href).find(),
                "the link of document %s must be relative: %s", id, href));
        List<Node> nodes = new ArrayList<>(graph.nodes());
        nodes.sort(Comparator.comparingLong(Node::mentions).reversed().thenComparing(Node::key));
        long sentenceTies = graph.edges().stream().filter(e -> e.kind() == EdgeKind.SAME_SENTENCE).count();
        long placedRoles = graph.roles().stream().filter(r -> r.of().isPresent()).count();

        StringBuilder out = new StringBuilder(64 * 1024);
        out.append(Html.head(title + " · entitas", STYLE));
        out.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<div class=\"meta\">")
                .append(nodes.size()).append(" entities, ").append(sentenceTies).append(" same-sentence ties, ")
                .append(placedRoles).append(" roles with a place or organization. Circle area: mentions; line width:"
                        + " sentences shared; dashed arrows: roles. Click an entity for its documents.</div>\n")
                .append("<div class=\"controls\">\n<input id=\"search\" type=\"search\" placeholder=\"Search a name\""
                        + " aria-label=\"Search a name\" autocomplete=\"off\">\n");
        out.append("<div class=\"legend\" id=\"legend\">");
        for (EntityType type : types(nodes)) {
            out.append("<label class=\"legend-item\" data-type=\"").append(Html.escape(type.name()))
                    .append("\"><input type=\"checkbox\" checked data-type=\"").append(Html.escape(type.name()))
                    .append("\">").append(Html.chip(type)).append(Html.escape(type.name())).append("</label>");
        }
        out.append("</div>\n<label>min. mentions <input id=\"min-mentions\" type=\"number\" min=\"1\" value=\"1\"></label>\n")
                .append("<label>draw <select id=\"limit\">");
        TreeSet<Integer> limits = new TreeSet<>();
        for (int limit : LIMITS) {
            if (limit < nodes.size()) {
                limits.add(limit);
            }
        }
        int drawn = Math.min(maxNodes, Math.max(1, nodes.size()));
        limits.add(drawn);
        limits.add(Math.max(1, nodes.size()));
        for (int limit : limits) {
            out.append("<option value=\"").append(limit).append('"').append(limit == drawn ? " selected" : "")
                    .append('>').append(limit == nodes.size() ? "all " + limit : "top " + limit).append("</option>");
        }
        out.append("</select></label>\n<button id=\"more\" type=\"button\">Draw more</button>\n")
                .append("<span id=\"status\"></span>\n</div>\n</header>\n<main>\n")
                .append("<div id=\"graph\" class=\"picture\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\"></div>\n<aside id=\"info\">\n<ol id=\"results\"></ol>\n<div id=\"details\">"
                        + "<p class=\"hint\">Search a name, or click an entity.</p></div>\n</aside>\n</main>\n")
                .append("<noscript><p>The graph is drawn by a script; enable scripts to see it.</p></noscript>\n")
                .append("<script type=\"application/json\" id=\"graph-data\">");
        data(out, graph, nodes, documentLinks, drawn);
        out.append("</script>\n<script src=\"").append(LIBRARY).append("\"></script>\n<script>\n").append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Writes the drawing library the page loads ({@link #LIBRARY}) and its licence ({@link #LIBRARY_LICENCE})
     * under {@code dir}, the directory of the page.
     */
    public static void writeLibrary(Path dir) throws IOException {
        requireNonNull(dir, "dir must not be null");
        copy("cytoscape/dist/cytoscape.min.js", dir.resolve(LIBRARY));
        copy("cytoscape/LICENSE", dir.resolve(LIBRARY_LICENCE));
    }

    private static void copy(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = GraphPage.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) {
                throw new IOException("the jar lacks " + RESOURCES + resource + " (built without its WebJar?)");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<EntityType> types(List<Node> nodes) {
        List<EntityType> types = new ArrayList<>(Html.STANDARD);
        nodes.stream().map(Node::type).filter(t -> !types.contains(t)).distinct()
                .sorted(Comparator.comparing(EntityType::name)).forEach(types::add);
        return types;
    }

    /**
     * The data: {@code types} (name, colour), {@code documents} (id, link or ""), {@code nodes} by mentions
     * (key, name, type index, mentions, other names, document indices, roles without a place or organization),
     * {@code ties} (node indices, weight),
     * {@code roles} (person index, place or organization index, role, times read) and {@code drawn}.
     */
    private static void data(StringBuilder out, KnowledgeGraph graph, List<Node> nodes,
            Map<String, String> documentLinks, int drawn) {
        List<EntityType> types = types(nodes);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).key(), i);
        }
        Map<String, Integer> documents = new LinkedHashMap<>();
        for (Node n : nodes) {
            for (String d : graph.documentsOf(n.key())) {
                documents.putIfAbsent(d, documents.size());
            }
        }
        out.append("{\"types\":[");
        for (int i = 0; i < types.size(); i++) {
            Json.string(out.append(i == 0 ? "[" : ",["), types.get(i).name()).append(',');
            Json.string(out, Html.colour(types.get(i))).append(']');
        }
        out.append("],\n\"documents\":[");
        int i = 0;
        for (String d : documents.keySet()) {
            Json.string(out.append(i++ == 0 ? "[" : ",\n["), d).append(',');
            Json.string(out, documentLinks.getOrDefault(d, "")).append(']');
        }
        out.append("],\n\"nodes\":[");
        for (i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            Json.string(out.append(i == 0 ? "[" : ",\n["), n.key()).append(',');
            Json.string(out, n.name()).append(',').append(types.indexOf(n.type())).append(',').append(n.mentions())
                    .append(",[");
            int j = 0;
            for (String alias : n.aliases()) {
                Json.string(out.append(j++ == 0 ? "" : ","), alias);
            }
            out.append("],[");
            j = 0;
            for (String d : graph.documentsOf(n.key())) {
                out.append(j++ == 0 ? "" : ",").append(documents.get(d));
            }
            out.append("],[");
            j = 0;
            for (String role : n.roles()) {
                Json.string(out.append(j++ == 0 ? "" : ","), role);
            }
            // its link to the world gazetteers and the link's web page, empty where there is none
            out.append("],");
            Json.string(out, n.link().orElse("")).append(',');
            Json.string(out, n.linkUrl().orElse("")).append(']');
        }
        out.append("],\n\"ties\":[");
        i = 0;
        for (Edge e : graph.edges()) {
            if (e.kind() == EdgeKind.SAME_SENTENCE) {
                out.append(i++ == 0 ? "[" : ",\n[").append(index.get(e.source())).append(',')
                        .append(index.get(e.target())).append(',').append(e.weight()).append(']');
            }
        }
        out.append("],\n\"roles\":[");
        i = 0;
        for (RoleEdge r : graph.roles()) {
            if (r.of().isPresent()) {
                out.append(i++ == 0 ? "[" : ",\n[").append(index.get(r.person())).append(',')
                        .append(index.get(r.of().get())).append(',');
                Json.string(out, r.role()).append(',').append(r.evidence()).append(']');
            }
        }
        out.append("],\n\"drawn\":").append(drawn).append("}");
    }

    private static String resource(String name) {
        try (InputStream in = GraphPage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
