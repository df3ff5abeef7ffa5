package org.entitas.render;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.entitas.EntityType;

/**
 * A self-contained HTML page listing rendered documents, with links to their pages and to the graph page,
 * and each document's mentions by type. Stateless and thread-safe.
 */
public final class IndexPage {

    /**
     * One document on the index.
     *
     * @param id the document's id
     * @param href the relative link to its page
     * @param mentions its mentions by type
     */
    public record Entry(String id, String href, Map<EntityType, Integer> mentions) {
        public Entry {
            requireNonNull(id, "id must not be null");
            requireNonNull(href, "href must not be null");
            mentions = Map.copyOf(mentions);
        }
    }

    private IndexPage() {
    }

    /**
     * Renders the index.
     *
     * @param title the page's title
     * @param graphHref the relative link to the graph page
     * @param entries the documents, in the order to list them
     * @return the HTML page
     */
    public static String render(String title, String graphHref, List<Entry> entries) {
        requireNonNull(title, "title must not be null");
        requireNonNull(graphHref, "graphHref must not be null");
        StringBuilder out = new StringBuilder(Html.head(title + " · entitas", "main{display:block}\n"));
        out.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<div class=\"meta\">")
                .append(entries.size()).append(entries.size() == 1 ? " document" : " documents")
                .append(" · <a href=\"").append(Html.escape(graphHref)).append("\">the graph of their entities</a></div>\n")
                .append(Html.legend(List.of())).append("</header>\n<main>\n<table id=\"documents\">\n<tr><th>document</th>");
        for (EntityType type : Html.STANDARD) {
            out.append("<th>").append(Html.chip(type)).append(type.label()).append("</th>");
        }
        out.append("<th>other</th></tr>\n");
        for (Entry e : entries) {
            out.append("<tr><td><a href=\"").append(Html.escape(e.href())).append("\">").append(Html.escape(e.id()))
                    .append("</a></td>");
            int other = e.mentions().values().stream().mapToInt(Integer::intValue).sum();
            for (EntityType type : Html.STANDARD) {
                int n = e.mentions().getOrDefault(type, 0);
                other -= n;
                out.append("<td>").append(n).append("</td>");
            }
            out.append("<td>").append(other).append("</td></tr>\n");
        }
        return out.append("</table>\n</main>\n</body>\n</html>\n").toString();
    }
}
