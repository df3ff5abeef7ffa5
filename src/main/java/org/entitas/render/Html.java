package org.entitas.render;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.awt.Color;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entitas.EntityType;

/** What the pages share: escaping, the colour of each type, the page head and the legend. */
final class Html {

    private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

    /** The three standard types, in legend order. */
    static final List<EntityType> STANDARD = List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);

    private static final Map<EntityType, String> COLOURS = Map.of(
            EntityType.PERSON, "#aa9cfc",
            EntityType.LOCATION, "#feca74",
            EntityType.ORGANIZATION, "#7aecec");

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
            header{padding:14px 24px;background:#fff;border-bottom:1px solid #ddd}
            header h1{font-size:20px;margin:0 0 6px 0;font-weight:600}
            header .meta{font-size:13px;color:#666}
            .legend{display:flex;gap:14px;align-items:center;font-size:13px;margin-top:8px}
            .legend .chip{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:5px;vertical-align:-2px}
            main{display:flex;gap:24px;padding:20px 24px;align-items:flex-start}
            a{color:#1a5fb4}
            table{border-collapse:collapse;font-size:13px;width:100%}
            th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #eee;vertical-align:top}
            th{font-weight:600;color:#555}
            aside{flex:0 0 360px;background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px;max-height:85vh;overflow:auto}
            aside h2{font-size:15px;margin:0 0 8px 0}
            """;

    private Html() {
    }

    /**
     * The text escaped for HTML, each lone surrogate (half of a character, which UTF-8 cannot encode) written as
     * U+FFFD, as every export of the project writes it: one character for another, so offsets hold.
     */
    static String escape(String s) {
        return ESCAPER.escape(LONE_SURROGATE.matcher(s).replaceAll("\uFFFD"));
    }

    /** A surrogate that is not half of a pair (a regular expression sees a pair as one code point). */
    private static final Pattern LONE_SURROGATE = Pattern.compile("[\\x{D800}-\\x{DFFF}]");

    /** The document's start up to and including {@code <body>}, with the shared style plus {@code style}. */
    static String head(String title, String style) {
        return "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"generator\" content=\"entitas\">\n<title>" + escape(title) + "</title>\n<style>\n"
                + STYLE + style + "</style>\n</head>\n<body>\n";
    }

    /**
     * The background colour of a type's highlight, as {@code #rrggbb}: fixed for the three standard types,
     * a light colour derived from the name for any other.
     */
    static String colour(EntityType type) {
        String fixed = COLOURS.get(type);
        if (fixed != null) {
            return fixed;
        }
        float hue = (type.name().hashCode() & 0xffff) / 65536f;
        return String.format(Locale.ROOT, "#%06x", Color.HSBtoRGB(hue, 0.35f, 0.98f) & 0xffffff);
    }

    /** The legend: one coloured chip per type, the standard three first, then any other in {@code types}. */
    static String legend(Collection<EntityType> types) {
        Set<EntityType> shown = new LinkedHashSet<>(STANDARD);
        shown.addAll(types);
        StringBuilder out = new StringBuilder("<div class=\"legend\" id=\"legend\">");
        for (EntityType type : shown) {
            out.append("<span class=\"legend-item\" data-type=\"").append(type.name()).append("\">")
                    .append(chip(type)).append(type.name()).append("</span>");
        }
        return out.append("</div>\n").toString();
    }

    /** A small coloured chip for one type, for legends and tables. */
    static String chip(EntityType type) {
        return "<span class=\"chip\" style=\"background:" + colour(type) + "\"></span>";
    }
}
