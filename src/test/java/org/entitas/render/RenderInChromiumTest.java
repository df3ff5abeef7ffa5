package org.entitas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the rendered pages in headless Chromium: what it shows is what the DOM and the screenshot hold. */
class RenderInChromiumTest {

    static final String VISIT = """
            Presiden Rusia Vladimir Putin tiba di Pyongyang, Korea Utara, pada Rabu (19/6/2024) dini hari untuk \
            kunjungan kenegaraan dua hari. Pemimpin Korea Utara Kim Jong Un menyambut Putin di Bandar Udara \
            Internasional Sunan.

            Kim menyebut kunjungan itu sebagai tonggak persahabatan kedua negara. Dalam rombongan Putin ikut \
            Menteri Luar Negeri Rusia Sergei Lavrov dan Wakil Menteri Pertahanan Rusia Aleksey Krivoruchko.

            Organisasi Pakta Atlantik Utara (NATO) menyatakan cemas atas kerja sama militer itu. Sekretaris \
            Jenderal NATO Jens Stoltenberg meminta Moskwa menaati sanksi Perserikatan Bangsa-Bangsa (PBB). Juru \
            bicara PBB di New York menolak berkomentar.
            """;

    @Test
    void documentPageHighlightsEveryMentionInItsTypesColour(@TempDir Path dir) throws Exception {
        List<Mention> mentions = EntityExtractor.indonesian().extract(VISIT);
        Path page = dir.resolve("kunjungan.html");
        Files.writeString(page, DocumentPage.render("kunjungan.txt", VISIT, mentions));
        Chromium chromium = Chromium.open(dir);

        Document dom = Jsoup.parse(chromium.dumpDom(page));

        List<Element> marks = dom.select("article#text mark.entity");
        assertThat(marks).extracting(m -> m.attr("data-type"), m -> m.ownText(),
                        m -> Integer.parseInt(m.attr("data-start")), m -> Integer.parseInt(m.attr("data-end")))
                .containsExactlyElementsOf(mentions.stream()
                        .map(m -> tuple(m.type().name(), m.text(), m.start(), m.end())).toList());
        assertThat(marks).extracting(m -> m.attr("data-type"), m -> m.ownText()).contains(
                tuple("LOCATION", "Rusia"), tuple("PERSON", "Vladimir Putin"), tuple("LOCATION", "Pyongyang"),
                tuple("PERSON", "Kim Jong Un"), tuple("PERSON", "Kim"), tuple("ORGANIZATION", "NATO"),
                tuple("ORGANIZATION", "Perserikatan Bangsa-Bangsa"), tuple("ORGANIZATION", "PBB"));
        // the text the reader sees is the document's text, highlights included
        Element article = dom.selectFirst("article#text");
        article.select("span.type").remove();
        assertThat(article.wholeText()).isEqualTo(VISIT);
        // the page's script ran to its end, and wired each listed entity to all of its highlights
        assertThat(dom.body().attr("data-ready")).isEqualTo("true");
        for (Element row : dom.select("aside#entities tr.entity-row")) {
            long highlights = marks.stream().filter(m -> m.attr("data-entity").equals(row.attr("data-entity"))).count();
            assertThat(row.attr("data-mentions")).as(row.text()).isEqualTo(String.valueOf(highlights));
        }
        assertThat(dom.select("#legend .legend-item")).extracting(e -> e.attr("data-type"))
                .containsExactly("PERSON", "LOCATION", "ORGANIZATION");
        assertThat(dom.select("aside#entities tr.entity-row")).extracting(e -> e.attr("data-entity"),
                e -> e.select("td.aliases").text()).contains(
                tuple("PERSON:vladimir putin", "Putin"), tuple("PERSON:kim jong un", "Kim"),
                tuple("ORGANIZATION:perserikatan bangsa-bangsa", "PBB"),
                tuple("ORGANIZATION:organisasi pakta atlantik utara", "NATO"));

        // quotes in an entity's key do not break the script
        String quoted = "Abdurrahman \"Gus Dur\" Wahid hadir. Abdurrahman \"Gus Dur\" Wahid pulang.";
        String name = "Abdurrahman \"Gus Dur\" Wahid";
        int second = quoted.lastIndexOf(name);
        Path quotedPage = dir.resolve("quoted.html");
        Files.writeString(quotedPage, DocumentPage.render("quoted.txt", quoted, List.of(
                new Mention(EntityType.PERSON, name, 0, name.length(), 0.9, 0),
                new Mention(EntityType.PERSON, name, second, second + name.length(), 0.9, 1))));
        Document quotedDom = Jsoup.parse(chromium.dumpDom(quotedPage));
        assertThat(quotedDom.body().attr("data-ready")).isEqualTo("true");
        assertThat(quotedDom.select("tr.entity-row")).singleElement()
                .satisfies(r -> assertThat(r.attr("data-mentions")).isEqualTo("2"));

        BufferedImage shot = chromium.screenshot(page, 1280, 900, dir.resolve("kunjungan.png"));
        assertThat(shot.getWidth()).isEqualTo(1280);
        assertThat(Chromium.pixels(shot, Html.colour(EntityType.PERSON))).as("PERSON highlight pixels").isGreaterThan(2000);
        assertThat(Chromium.pixels(shot, Html.colour(EntityType.LOCATION))).as("LOCATION highlight pixels").isGreaterThan(2000);
        assertThat(Chromium.pixels(shot, Html.colour(EntityType.ORGANIZATION))).as("ORGANIZATION highlight pixels")
                .isGreaterThan(2000);
    }

    @Test
    void renderWritesAnIndexDocumentPagesAndTheGraphOfTheTestCorpus(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pages");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "render", "--include", "*.txt",
                "-o", out.toString(), "test-corpus");
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(err.toString()).contains("41 documents (0 failed)");
        Chromium chromium = Chromium.open(dir);

        Document index = Jsoup.parse(chromium.dumpDom(out.resolve("index.html")));
        List<Element> links = index.select("table#documents a[href]");
        assertThat(links).hasSize(41);
        for (Element link : links) {
            assertThat(out.resolve(link.attr("href"))).as(link.text()).exists();
        }

        Document graph = Jsoup.parse(chromium.dumpDom(out.resolve("graph.html")));
        assertThat(graph.body().attr("data-ready")).isEqualTo("true");
        List<Element> nodes = graph.select("svg#graph g.node");
        assertThat(nodes).hasSize(80);
        Set<String> keys = nodes.stream().map(n -> n.attr("data-key")).collect(Collectors.toSet());
        assertThat(keys).hasSize(80).contains("LOCATION:indonesia", "LOCATION:jakarta");
        List<Element> ties = graph.select("svg#graph line.tie");
        assertThat(ties).isNotEmpty();
        for (Element tie : ties) {
            assertThat(keys).contains(tie.attr("data-source"), tie.attr("data-target"));
        }
        // bigger circles for more mentions
        Element most = nodes.stream().max((a, b) -> Long.compare(mentions(a), mentions(b))).orElseThrow();
        Element least = nodes.stream().min((a, b) -> Long.compare(mentions(a), mentions(b))).orElseThrow();
        assertThat(radius(most)).isGreaterThan(radius(least));
        // self-contained: nothing is fetched from anywhere
        for (Document page : List.of(index, graph)) {
            assertThat(page.select("[src], link[href]")).isEmpty();
        }

        BufferedImage shot = chromium.screenshot(out.resolve("graph.html"), 1400, 1000, dir.resolve("graph.png"));
        for (EntityType type : Html.STANDARD) {
            assertThat(Chromium.pixels(shot, Html.colour(type))).as("%s node pixels", type).isGreaterThan(500);
        }
    }

    private static long mentions(Element node) {
        return Long.parseLong(node.attr("data-mentions"));
    }

    private static double radius(Element node) {
        return Double.parseDouble(node.selectFirst("circle").attr("r"));
    }
}
