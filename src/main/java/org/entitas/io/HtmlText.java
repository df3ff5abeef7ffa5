package org.entitas.io;

import java.io.IOException;
import java.io.InputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page, through jsoup: scripts, styles and navigation dropped, one line per block
 * element (paragraph, heading, list item, ...), so that the sentence splitter sees the page's structure.
 * Stateless and thread-safe.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** Parses HTML bytes, the charset taken from {@code charset}, else from the page, else UTF-8. */
    static String of(InputStream html, String charset, String baseUri) throws IOException {
        return text(Jsoup.parse(html, charset, baseUri));
    }

    private static String text(org.jsoup.nodes.Document page) {
        page.select("script, style, noscript, template, nav, header, footer, form, iframe, svg").remove();
        StringBuilder out = new StringBuilder();
        Element root = page.body() == null ? page : page.body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.text();
                    if (!text.isBlank()) {
                        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                            out.append(' ');
                        }
                        out.append(text.strip());
                    }
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && out.length() > 0
                        && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        }, root);
        return out.toString().strip();
    }
}
