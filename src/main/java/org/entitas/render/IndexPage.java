package org.entitas.render;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.entitas.EntityType;

/**
 * A self-contained HTML page listing rendered documents, with links to their pages and to the graph page,
 * and each document's mentions by type. A click on a column's head sorts the rows by it (again: the other way);
 * a search box keeps the rows whose document id holds its text. Stateless and thread-safe.
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

    private static final String STYLE = """
            main{display:block}
            #search{width:260px;padding:4px 6px;font-size:13px;margin-bottom:10px}
            #shown{font-size:13px;color:#666}
            th[data-sort]{cursor:pointer;user-select:none}
            th[aria-sort=ascending]::after{content:" \\25B2"}
            th[aria-sort=descending]::after{content:" \\25BC"}
            """;

    private static final String SCRIPT = """
            <script>
            (function () {
              var table = document.getElementById('documents');
              var body = table.tBodies[0];
              var search = document.getElementById('search');
              var shown = document.getElementById('shown');
              function cell(row, i, kind) {
                var t = row.cells[i].textContent;
                return kind === 'number' ? Number(t) : t.toLocaleLowerCase();
              }
              table.querySelectorAll('th[data-sort]').forEach(function (th, i) {
                th.addEventListener('click', function () {
                  var kind = th.dataset.sort;
                  // numbers first largest first, names A to Z; a second click turns the order round
                  var first = kind === 'number' ? 'descending' : 'ascending';
                  var order = th.getAttribute('aria-sort') === first
                      ? (first === 'ascending' ? 'descending' : 'ascending') : first;
                  var dir = order === 'ascending' ? 1 : -1;
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = cell(a, i, kind), y = cell(b, i, kind);
                    return x < y ? -dir : x > y ? dir : 0;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                  table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                  th.setAttribute('aria-sort', order);
                });
              });
              function filter() {
                var q = search.value.trim().toLocaleLowerCase();
                var n = 0;
                Array.prototype.forEach.call(body.rows, function (r) {
                  var hit = r.cells[0].textContent.toLocaleLowerCase().indexOf(q) >= 0;
                  r.hidden = !hit;
                  if (hit) n++;
                });
                shown.textContent = q ? n + ' of ' + body.rows.length + ' shown' : '';
              }
              search.addEventListener('input', filter);
              document.body.dataset.ready = 'true';
            })();
            </script>
            """;

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
        StringBuilder out = new StringBuilder(Html.head(title + " · entitas", STYLE));
        out.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<div class=\"meta\">")
                .append(entries.size()).append(entries.size() == 1 ? " document" : " documents")
                .append(" · <a href=\"").append(Html.escape(graphHref)).append("\">the graph of their entities</a></div>\n")
                .append(Html.legend(List.of())).append("</header>\n<main>\n")
                .append("<input id=\"search\" type=\"search\" placeholder=\"Search a document\""
                        + " aria-label=\"Search a document\" autocomplete=\"off\"> <span id=\"shown\"></span>\n")
                .append("<table id=\"documents\">\n<thead><tr><th data-sort=\"text\">document</th>");
        for (EntityType type : Html.STANDARD) {
            out.append("<th data-sort=\"number\">").append(Html.chip(type)).append(type.label()).append("</th>");
        }
        out.append("<th data-sort=\"number\">other</th></tr></thead>\n<tbody>\n");
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
        return out.append("</tbody>\n</table>\n</main>\n").append(SCRIPT).append("</body>\n</html>\n").toString();
    }
}
