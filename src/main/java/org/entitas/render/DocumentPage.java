package org.entitas.render;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entitas.Mention;
import org.entitas.graph.Entity;
import org.entitas.graph.EntityResolver;

/**
 * A self-contained HTML page for one document: its text with every mention highlighted in its type's colour
 * and labelled with the type, a legend, and beside the text the document's entities (canonical name, type,
 * aliases, mentions, confidence) as {@link EntityResolver} groups them. Hovering an entity in the list
 * outlines its mentions in the text. Stateless and thread-safe.
 *
 * <pre>{@code
 * TaggedDocument tagged = extractor.extract(document);
 * Files.writeString(out, DocumentPage.render(document.id(), document.text(), tagged.mentions()));
 * }</pre>
 *
 * <p>Each highlight is a {@code <mark class="entity">} with {@code data-type}, {@code data-entity} (the
 * entity's key), {@code data-start} and {@code data-end} (character offsets into the text). Once the page's
 * script has wired the entity list to the highlights, each row carries {@code data-mentions} (the highlights
 * it outlines) and the body {@code data-ready="true"}.
 */
public final class DocumentPage {

    private static final String STYLE = """
            article{flex:1 1 auto;background:#fff;border:1px solid #ddd;border-radius:6px;padding:18px 22px;
            font-size:16px;line-height:2.3;white-space:pre-wrap;overflow-wrap:anywhere}
            mark.entity{padding:3px 5px;border-radius:4px;color:#111}
            mark.entity .type{font-size:10px;font-weight:700;margin-left:5px;vertical-align:1px;opacity:.75;
            text-transform:uppercase;user-select:none}
            mark.entity.lit{outline:2px solid #222}
            tr.entity-row:hover{background:#f0f0f0;cursor:default}
            td.aliases{color:#666}
            """;

    private static final String SCRIPT = """
            <script>
            var allMarks = Array.prototype.slice.call(document.querySelectorAll('mark.entity'));
            document.querySelectorAll('tr.entity-row').forEach(function (row) {
              var marks = allMarks.filter(function (m) { return m.dataset.entity === row.dataset.entity; });
              row.dataset.mentions = marks.length;
              row.addEventListener('mouseenter', function () { marks.forEach(function (m) { m.classList.add('lit'); }); });
              row.addEventListener('mouseleave', function () { marks.forEach(function (m) { m.classList.remove('lit'); }); });
            });
            document.body.dataset.ready = 'true';
            </script>
            """;

    private DocumentPage() {
    }

    /**
     * Renders one document.
     *
     * @param id the document's id, shown as the page's title
     * @param text the document's text
     * @param mentions its mentions, ordered by start offset, not overlapping, with offsets into {@code text}
     * @return the HTML page
     * @throws IllegalArgumentException if a mention lies outside the text, does not match it, or overlaps the
     *     one before it
     */
    public static String render(String id, String text, List<Mention> mentions) {
        return render(id, text, mentions, "", "");
    }

    /** The page with {@code style} added and {@code beforeText} (HTML) between the header and the text. */
    static String render(String id, String text, List<Mention> mentions, String style, String beforeText) {
        requireNonNull(id, "id must not be null");
        requireNonNull(text, "text must not be null");
        requireNonNull(mentions, "mentions must not be null");
        int previousEnd = 0;
        for (Mention m : mentions) {
            checkArgument(m.end() <= text.length(), "mention %s ends after the text (length %s)", m, text.length());
            checkArgument(text.regionMatches(m.start(), m.text(), 0, m.text().length()),
                    "mention %s does not match the text at its offsets: '%s'", m, text.substring(m.start(), m.end()));
            checkArgument(m.start() >= previousEnd, "mention %s overlaps the mention before it", m);
            previousEnd = m.end();
        }
        List<Entity> entities = EntityResolver.resolve(text, mentions);
        Map<Mention, Entity> entityOf = new HashMap<>();
        for (Entity e : entities) {
            e.mentions().forEach(m -> entityOf.put(m, e));
        }
        StringBuilder out = new StringBuilder(text.length() * 2 + 4096);
        out.append(Html.head(id + " · entitas", STYLE + style));
        out.append("<header>\n<h1>").append(Html.escape(id)).append("</h1>\n<div class=\"meta\">")
                .append(mentions.size()).append(mentions.size() == 1 ? " mention, " : " mentions, ")
                .append(entities.size()).append(entities.size() == 1 ? " entity" : " entities")
                .append("</div>\n");
        out.append(Html.legend(mentions.stream().map(Mention::type).toList()));
        out.append("</header>\n").append(beforeText).append("<main>\n<article id=\"text\">");
        int at = 0;
        for (Mention m : mentions) {
            out.append(Html.escape(text.substring(at, m.start())));
            out.append("<mark class=\"entity\" data-type=\"").append(m.type().name())
                    .append("\" data-entity=\"").append(Html.escape(entityOf.get(m).key()))
                    .append("\" data-start=\"").append(m.start()).append("\" data-end=\"").append(m.end())
                    .append("\" style=\"background:").append(Html.colour(m.type()))
                    .append("\" title=\"").append(m.type().name())
                    .append(String.format(Locale.ROOT, " · %.2f", m.confidence())).append("\">")
                    .append(Html.escape(m.text())).append("<span class=\"type\">").append(m.type().label())
                    .append("</span></mark>");
            at = m.end();
        }
        out.append(Html.escape(text.substring(at))).append("</article>\n");
        out.append(entityList(entities));
        out.append("</main>\n").append(SCRIPT).append("</body>\n</html>\n");
        return out.toString();
    }

    private static String entityList(List<Entity> entities) {
        StringBuilder out = new StringBuilder("<aside id=\"entities\">\n<h2>Entities</h2>\n<table>\n"
                + "<tr><th>name</th><th>type</th><th>mentions</th><th>also named</th></tr>\n");
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort((a, b) -> Integer.compare(b.mentions().size(), a.mentions().size()));
        for (Entity e : sorted) {
            out.append("<tr class=\"entity-row\" data-entity=\"").append(Html.escape(e.key()))
                    .append("\" data-type=\"").append(e.type().name()).append("\"><td>").append(Html.chip(e.type()))
                    .append(Html.escape(e.canonical())).append("</td><td>").append(e.type().label())
                    .append("</td><td>").append(e.mentions().size()).append("</td><td class=\"aliases\">")
                    .append(Html.escape(String.join(", ", e.aliases()))).append("</td></tr>\n");
        }
        return out.append("</table>\n</aside>\n").toString();
    }
}
