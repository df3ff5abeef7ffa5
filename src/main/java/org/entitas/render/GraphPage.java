package org.entitas.render;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entitas.graph.KnowledgeGraph;
import org.entitas.graph.KnowledgeGraph.Edge;
import org.entitas.graph.KnowledgeGraph.EdgeKind;
import org.entitas.graph.KnowledgeGraph.Node;
import org.entitas.graph.KnowledgeGraph.RoleEdge;

/**
 * A self-contained HTML page that draws a {@link KnowledgeGraph} as an SVG picture: the entities with the
 * most mentions as circles coloured by type and sized by mentions, their same-sentence ties as lines wider
 * the more sentences they share (log scale), roles read from titles as dashed lines, a legend, and a table
 * of the entities drawn.
 * Hovering a node brings out its ties; once the script has wired that, the body carries
 * {@code data-ready="true"}. The layout is force-directed and computed here, with a fixed seed,
 * so the page needs no script to draw and is the same in every run. Stateless and thread-safe.
 *
 * <p>Each node is a {@code <g class="node">} with {@code data-key}, {@code data-type} and
 * {@code data-mentions}; each tie a {@code <line class="tie">} with {@code data-source}, {@code data-target}
 * and {@code data-weight}.
 */
public final class GraphPage {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 720;
    private static final int MARGIN = 60;
    private static final int LABELLED = 30;

    private static final String STYLE = """
            .picture{flex:1 1 auto;background:#fff;border:1px solid #ddd;border-radius:6px}
            svg{display:block;width:100%;height:auto}
            line.tie{stroke:#8a8a8a;stroke-opacity:.35}
            line.role{stroke:#c0392b;stroke-opacity:.7;stroke-dasharray:5 4}
            g.node circle{stroke:#555;stroke-width:1}
            g.node text{font-size:11px;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px}
            svg.focus line.tie,svg.focus line.role{stroke-opacity:.06}
            svg.focus g.node{opacity:.25}
            svg.focus line.hot{stroke-opacity:.9}
            svg.focus g.node.hot{opacity:1}
            """;

    private static final String SCRIPT = """
            <script>
            (function () {
              var svg = document.getElementById('graph');
              svg.querySelectorAll('g.node').forEach(function (node) {
                var key = node.dataset.key;
                node.addEventListener('mouseenter', function () {
                  svg.classList.add('focus');
                  node.classList.add('hot');
                  svg.querySelectorAll('line').forEach(function (line) {
                    if (line.dataset.source === key || line.dataset.target === key) {
                      line.classList.add('hot');
                      var other = line.dataset.source === key ? line.dataset.target : line.dataset.source;
                      svg.querySelectorAll('g.node').forEach(function (n) { if (n.dataset.key === other) n.classList.add('hot'); });
                    }
                  });
                });
                node.addEventListener('mouseleave', function () {
                  svg.classList.remove('focus');
                  svg.querySelectorAll('.hot').forEach(function (e) { e.classList.remove('hot'); });
                });
              });
              document.body.dataset.ready = 'true';
            })();
            </script>
            """;

    private GraphPage() {
    }

    /**
     * Draws the {@code maxNodes} entities with the most mentions and the strongest same-sentence ties among
     * them (at most four times as many ties as entities drawn).
     *
     * @param graph the graph
     * @param title the page's title, for example where the documents came from
     * @param maxNodes how many entities to draw, at least 1
     * @return the HTML page
     * @throws IllegalArgumentException if {@code maxNodes} is less than 1
     */
    public static String render(KnowledgeGraph graph, String title, int maxNodes) {
        requireNonNull(graph, "graph must not be null");
        requireNonNull(title, "title must not be null");
        checkArgument(maxNodes >= 1, "maxNodes must be at least 1: %s", maxNodes);
        List<Node> all = graph.nodes();
        List<Node> nodes = new ArrayList<>(all);
        nodes.sort(Comparator.comparingLong(Node::mentions).reversed().thenComparing(Node::key));
        nodes = nodes.subList(0, Math.min(maxNodes, nodes.size()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).key(), i);
        }
        List<Edge> allEdges = graph.edges();
        List<Edge> ties = new ArrayList<>();
        long sentenceTies = 0;
        for (Edge e : allEdges) {
            if (e.kind() == EdgeKind.SAME_SENTENCE) {
                sentenceTies++;
                if (index.containsKey(e.source()) && index.containsKey(e.target()) && ties.size() < 4 * maxNodes) {
                    ties.add(e);
                }
            }
        }
        Set<List<String>> roleLinks = new LinkedHashSet<>();
        Map<List<String>, String> roleNames = new HashMap<>();
        for (RoleEdge r : graph.roles()) {
            if (r.of().isPresent() && index.containsKey(r.person()) && index.containsKey(r.of().get())) {
                List<String> link = List.of(r.person(), r.of().get());
                roleLinks.add(link);
                roleNames.putIfAbsent(link, r.role());
            }
        }
        List<ForceLayout.Link> links = new ArrayList<>();
        for (Edge e : ties) {
            links.add(new ForceLayout.Link(index.get(e.source()), index.get(e.target()), e.weight()));
        }
        double[][] pos = ForceLayout.layout(nodes.size(), links, 400);

        StringBuilder out = new StringBuilder(64 * 1024);
        out.append(Html.head(title + " · entitas", STYLE));
        out.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<div class=\"meta\">")
                .append(all.size()).append(" entities, ").append(sentenceTies).append(" same-sentence ties, ")
                .append(graph.roles().size()).append(" roles. Drawn: the ").append(nodes.size())
                .append(" entities with the most mentions (circle area: mentions), the ").append(ties.size())
                .append(" strongest ties among them (line width: sentences shared) and their ").append(roleLinks.size())
                .append(" roles (dashed).</div>\n");
        out.append(Html.legend(nodes.stream().map(Node::type).toList()));
        out.append("</header>\n<main>\n<div class=\"picture\">\n");
        out.append("<svg id=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n");
        double maxWeight = ties.stream().mapToLong(Edge::weight).max().orElse(1);
        for (Edge e : ties) {
            double width = 0.6 + 4.4 * Math.log1p(e.weight()) / Math.log1p(maxWeight);
            line(out, "tie", e.source(), e.target(), pos[index.get(e.source())], pos[index.get(e.target())], width)
                    .append(" data-weight=\"").append(e.weight()).append("\"><title>")
                    .append(Html.escape(name(nodes, index, e.source()) + " – " + name(nodes, index, e.target())))
                    .append(": ").append(e.weight()).append(e.weight() == 1 ? " sentence" : " sentences")
                    .append("</title></line>\n");
        }
        for (List<String> link : roleLinks) {
            line(out, "role", link.get(0), link.get(1), pos[index.get(link.get(0))], pos[index.get(link.get(1))], 1.5)
                    .append("><title>").append(Html.escape(name(nodes, index, link.get(0)) + ": "
                            + roleNames.get(link) + " " + name(nodes, index, link.get(1))))
                    .append("</title></line>\n");
        }
        long maxMentions = nodes.isEmpty() ? 1 : nodes.get(0).mentions();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            double r = 4 + 18 * Math.sqrt((double) n.mentions() / maxMentions);
            double x = x(pos[i]);
            double y = y(pos[i]);
            out.append("<g class=\"node\" data-key=\"").append(Html.escape(n.key())).append("\" data-type=\"")
                    .append(n.type().name()).append("\" data-mentions=\"").append(n.mentions()).append("\">")
                    .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>",
                            x, y, r, Html.colour(n.type())));
            if (i < LABELLED) {
                boolean left = x > WIDTH * 0.8;
                out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"%s>", left ? x - r - 3 : x + r + 3,
                        y + 4, left ? " text-anchor=\"end\"" : ""))
                        .append(Html.escape(n.name())).append("</text>");
            }
            out.append("<title>").append(Html.escape(n.name())).append(" (").append(n.type().name()).append("): ")
                    .append(n.mentions()).append(" mentions in ").append(n.documents()).append(" documents</title></g>\n");
        }
        out.append("</svg>\n</div>\n");
        out.append(table(nodes));
        out.append("</main>\n").append(SCRIPT).append("</body>\n</html>\n");
        return out.toString();
    }

    private static StringBuilder line(StringBuilder out, String kind, String source, String target, double[] a,
            double[] b, double width) {
        return out.append("<line class=\"").append(kind).append("\" data-source=\"").append(Html.escape(source))
                .append("\" data-target=\"").append(Html.escape(target)).append('"')
                .append(String.format(Locale.ROOT, " x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.2f\"",
                        x(a), y(a), x(b), y(b), width));
    }

    private static String name(List<Node> nodes, Map<String, Integer> index, String key) {
        return nodes.get(index.get(key)).name();
    }

    private static double x(double[] p) {
        return MARGIN + p[0] * (WIDTH - 2 * MARGIN);
    }

    private static double y(double[] p) {
        return MARGIN + p[1] * (HEIGHT - 2 * MARGIN);
    }

    private static String table(List<Node> nodes) {
        StringBuilder out = new StringBuilder("<aside id=\"entities\">\n<h2>Entities drawn</h2>\n<table>\n"
                + "<tr><th>name</th><th>type</th><th>mentions</th><th>documents</th></tr>\n");
        for (Node n : nodes) {
            out.append("<tr data-key=\"").append(Html.escape(n.key())).append("\"><td>").append(Html.chip(n.type()))
                    .append(Html.escape(n.name())).append("</td><td>").append(n.type().label()).append("</td><td>")
                    .append(n.mentions()).append("</td><td>").append(n.documents()).append("</td></tr>\n");
        }
        return out.append("</table>\n</aside>\n").toString();
    }
}
