package org.entitas.render;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entitas.Mention;

/**
 * The page of {@code entitas serve} at {@code /}: a form where a person pastes text, above the text with its
 * entities highlighted as {@link DocumentPage} shows them. The form posts the text back to {@code /}; it works
 * without a script. Stateless and thread-safe.
 */
public final class PastePage {

    private static final String STYLE = """
            form#paste{padding:14px 24px 0 24px}
            form#paste textarea{width:100%;box-sizing:border-box;min-height:9em;font:15px/1.5 system-ui,sans-serif;
            padding:10px;border:1px solid #ccc;border-radius:6px}
            form#paste button{margin-top:8px;padding:6px 16px;font-size:14px;border-radius:4px;border:1px solid #888;
            background:#fff;cursor:pointer}
            """;

    private PastePage() {
    }

    /**
     * Renders the form holding {@code text}, and the text with its mentions highlighted.
     *
     * @param text the text pasted; empty for the bare form
     * @param mentions its mentions, as for {@link DocumentPage#render}
     * @throws IllegalArgumentException as {@link DocumentPage#render}
     */
    public static String render(String text, List<Mention> mentions) {
        requireNonNull(text, "text must not be null");
        requireNonNull(mentions, "mentions must not be null");
        String form = "<form id=\"paste\" method=\"post\" action=\"/\" accept-charset=\"utf-8\">\n"
                + "<textarea name=\"text\" placeholder=\"Tempel teks berbahasa Indonesia di sini\" autofocus>"
                + Html.escape(text) + "</textarea>\n<button type=\"submit\">Find entities</button>\n</form>\n";
        return DocumentPage.render("entitas", text, mentions, STYLE, form);
    }
}
