package org.entitas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.cli.Main;
import org.entitas.graph.KnowledgeGraph;
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
                tuple("PERSON", "Kim Jong Un"), tuple("PERSON", "Kim"),
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
                tuple("ORGANIZATION:perserikatan bangsa-bangsa", "PBB"));

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
    void renderWritesAnIndexDocumentPagesAndAGraphPageToExplore(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pages");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "render", "--include", "*.txt",
                "-o", out.toString(), "test-corpus");
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(err.toString()).contains("41 documents (0 failed)");
        assertThat(out.resolve(GraphPage.LIBRARY)).exists();
        assertThat(Files.readString(out.resolve(GraphPage.LIBRARY_LICENCE))).contains("Permission is hereby granted, free of charge");
        Chromium chromium = Chromium.open(dir);

        Document index = Jsoup.parse(chromium.dumpDom(out.resolve("index.html")));
        List<Element> links = index.select("table#documents a[href]");
        assertThat(links).hasSize(41);
        for (Element link : links) {
            assertThat(out.resolve(link.attr("href"))).as(link.text()).exists();
        }
        Document graphDom = Jsoup.parse(chromium.dumpDom(out.resolve("graph.html")));
        // nothing is fetched but the library beside the page
        for (Document page : List.of(index, graphDom)) {
            assertThat(page.select("[src], link[href]")).extracting(e -> e.attr("src")).allMatch(GraphPage.LIBRARY::equals);
        }

        try (DevTools page = chromium.drive(out.resolve("index.html"), 1200, 900)) {
            page.waitFor("document.body.dataset.ready === 'true'", Duration.ofSeconds(30));
            // search keeps the rows whose id holds the text
            page.click("#search");
            page.type("kim-putin");
            assertThat(page.eval("Array.from(document.querySelectorAll('#documents tbody tr')).filter(r => !r.hidden)"
                    + ".map(r => r.cells[0].textContent)")).isEqualTo(List.of("test-corpus/31-kim-putin-pyongyang.txt"));
            page.eval("(function () { var s = document.getElementById('search'); s.value = '';"
                    + " s.dispatchEvent(new Event('input')); })()");
            // a click on a column's head sorts by it, largest first; a second click turns the order round
            page.click("#documents th:nth-child(2)");
            List<Long> persons = longs(page.eval("Array.from(document.querySelectorAll('#documents tbody tr'))"
                    + ".map(r => Number(r.cells[1].textContent))"));
            assertThat(persons).hasSize(41).isSortedAccordingTo(Comparator.reverseOrder());
            page.click("#documents th:nth-child(2)");
            assertThat(longs(page.eval("Array.from(document.querySelectorAll('#documents tbody tr'))"
                    + ".map(r => Number(r.cells[1].textContent))"))).isSorted();
        }

        try (DevTools page = chromium.drive(out.resolve("graph.html"), 1400, 900)) {
            page.waitFor("document.body.dataset.ready === 'true'", Duration.ofSeconds(60));
            System.out.printf("graph page of test-corpus: %s entities drawn in %s ms, %s labels%n",
                    page.eval("document.body.dataset.drawn"), page.eval("document.body.dataset.drawMs"),
                    page.eval("document.body.dataset.labels"));
            // the 150 entities with the most mentions, the ties and roles among them only
            assertThat(page.eval("entitasGraph.cy.nodes().length")).isEqualTo(150);
            assertThat(page.eval("entitasGraph.cy.edges().every(e => e.source().inside() && e.target().inside())"))
                    .isEqualTo(true);
            assertThat(page.eval("entitasGraph.cy.edges('.role').length")).asString().isNotEqualTo("0");
            assertThat(page.eval("entitasGraph.cy.nodes().map(n => n.data('index')).every(i => i < 150)")).isEqualTo(true);
            // bigger circles for more mentions
            assertThat(page.eval("(function () { var n = entitasGraph.cy.nodes().sort((a, b) => a.data('index')"
                    + " - b.data('index')); return n[0].width() > n[n.length - 1].width(); })()")).isEqualTo(true);
            // labels: some, and none overlapping another, as the library measures them
            assertThat(((Number) page.eval("entitasGraph.cy.nodes('.labelled').length")).intValue()).isGreaterThan(20);
            assertThat(page.eval(NO_LABEL_OVERLAPS)).isEqualTo(0);

            // search finds a node by one of its names, Enter shows it
            page.click("#search");
            page.type("Putin");
            assertThat(page.eval("Array.from(document.querySelectorAll('#results button')).map(b => b.dataset.key)"))
                    .asList().contains("PERSON:vladimir putin");
            page.pressEnter();
            page.waitFor("document.getElementById('details').dataset.key === 'PERSON:vladimir putin'",
                    Duration.ofSeconds(10));
            assertThat(page.eval("entitasGraph.cy.nodes(':selected').map(n => n.data('name'))"))
                    .isEqualTo(List.of("Vladimir Putin"));

            // a click on a node lists its documents, linked to their pages
            // (once the search's move to Putin has ended, which would otherwise move the view under the click; at a
            // point of Jakarta's circle that no other node or label covers, as a small node may be drawn on top)
            page.waitFor("!entitasGraph.cy.animated()", Duration.ofSeconds(10));
            @SuppressWarnings("unchecked")
            Map<String, Object> at = (Map<String, Object>) page.eval("(function () {"
                    + " var cy = entitasGraph.cy, n = cy.nodes().filter(n => n.data('name') === 'Jakarta')[0];"
                    + " cy.fit(n, 200);"
                    + " var p = n.renderedPosition(), w = n.renderedWidth() / 2;"
                    + " var others = cy.nodes().filter(o => o.id() !== n.id())"
                    + "     .map(o => o.renderedBoundingBox({includeLabels: true}));"
                    + " var r = document.getElementById('graph').getBoundingClientRect();"
                    + " for (var k = 0; k <= 8; k++) { for (var a = 0; a < 16; a++) {"
                    + "   var d = 0.8 * w * k / 8, x = p.x + d * Math.cos(a * Math.PI / 8),"
                    + "       y = p.y + d * Math.sin(a * Math.PI / 8);"
                    + "   if (others.every(b => x < b.x1 || x > b.x2 || y < b.y1 || y > b.y2)) {"
                    + "     return {x: r.x + x, y: r.y + y}; } } }"
                    + " return {x: r.x + p.x, y: r.y + p.y}; })()");
            page.click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
            page.waitFor("document.getElementById('details').dataset.key === 'LOCATION:jakarta'", Duration.ofSeconds(10));
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) page.eval(
                    "Array.from(document.querySelectorAll('#details ul.documents a')).map(a => a.getAttribute('href'))");
            assertThat(hrefs).isNotEmpty().doesNotHaveDuplicates().allMatch(h -> Files.exists(out.resolve(h)));
            // among them every document whose page highlights "Jakarta" as a place
            for (Element link : links) {
                Document doc = Jsoup.parse(out.resolve(link.attr("href")).toFile());
                if (doc.select("mark.entity[data-type=LOCATION]").stream().anyMatch(m -> m.ownText().equals("Jakarta"))) {
                    assertThat(hrefs).contains(link.attr("href"));
                }
            }

            // a filter hides a type: unticked, no person is drawn and others take their places
            page.click("#legend label[data-type=PERSON] input");
            page.waitFor("entitasGraph.cy.nodes().length === 150 && entitasGraph.cy.nodes().every("
                    + "n => entitasGraph.data.types[entitasGraph.data.nodes[n.data('index')][2]][0] !== 'PERSON')",
                    Duration.ofSeconds(30));
            page.click("#legend label[data-type=PERSON] input");
            page.waitFor("entitasGraph.cy.nodes().some("
                    + "n => entitasGraph.data.types[entitasGraph.data.nodes[n.data('index')][2]][0] === 'PERSON')",
                    Duration.ofSeconds(30));

            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(page.screenshot()));
            for (EntityType type : Html.STANDARD) {
                assertThat(Chromium.pixels(shot, Html.colour(type))).as("%s node pixels", type).isGreaterThan(300);
            }
        }
    }

    @Test
    void aGraphOf5000EntitiesDrawsTheTopFirstAndAllOnRequest(@TempDir Path dir) throws Exception {
        KnowledgeGraph graph = generated(5000, 1000);
        assertThat(graph.nodes()).hasSize(5000);
        Path page = dir.resolve("graph.html");
        Files.writeString(page, GraphPage.render(graph, "5000", 150));
        GraphPage.writeLibrary(dir);
        Chromium chromium = Chromium.open(dir);

        try (DevTools driver = chromium.drive(page, 1400, 900)) {
            driver.waitFor("document.body.dataset.ready === 'true'", Duration.ofSeconds(60));
            long first = Long.parseLong((String) driver.eval("document.body.dataset.drawMs"));
            Object firstLayout = driver.eval("document.body.dataset.layoutMs");
            Object start = driver.eval("document.body.dataset.startMs");
            Object setup = driver.eval("document.body.dataset.setupMs");
            assertThat(driver.eval("entitasGraph.cy.nodes().length")).isEqualTo(150);
            // on request, all of them
            driver.eval("(function () { var s = document.getElementById('limit'); s.value = '5000';"
                    + " document.body.dataset.ready = 'false'; s.dispatchEvent(new Event('change')); })()");
            driver.waitFor("document.body.dataset.ready === 'true'", Duration.ofSeconds(120));
            assertThat(driver.eval("entitasGraph.cy.nodes().length")).isEqualTo(5000);
            long all = Long.parseLong((String) driver.eval("document.body.dataset.lastDrawMs"));
            // still answers: a search and a click on the found entity
            KnowledgeGraph.Node last = graph.nodes().get(graph.nodes().size() - 1);
            driver.click("#search");
            driver.type(last.name());
            driver.pressEnter();
            driver.waitFor("document.getElementById('details').dataset.key === " + DevTools.quote(last.key()),
                    Duration.ofSeconds(30));
            assertThat(driver.eval(NO_LABEL_OVERLAPS)).isEqualTo(0);
            System.out.printf("graph page of 5,000 entities, %s same-sentence ties: first picture (150 drawn) %d ms after the page's script started"
                    + " (which was %s ms after navigation began; set up in %s ms, layout %s ms); all 5,000 drawn in %d ms (layout %s ms)%n",
                    driver.eval("entitasGraph.data.ties.length"), first, start, setup, firstLayout, all, driver.eval("document.body.dataset.layoutMs"));
            // a guard against drawing all at first or a layout that does not scale, not the measure: the figures
            // measured are in the README
            assertThat(first).isLessThan(30_000);
        }
    }

    /**
     * A graph of {@code entities} entities named with made-up words, over {@code documents} documents of five
     * sentences: each document brings five entities of its own, and mentions others drawn with a skew, so that
     * a few have many mentions and most have few.
     */
    static KnowledgeGraph generated(int entities, int documents) {
        String[] syllables = {"ka", "li", "mo", "ra", "tu", "se", "no", "pi", "da", "wa", "ge", "ru"};
        IntFunction<String> word = i -> {
            StringBuilder w = new StringBuilder();
            for (int k = 0, v = i; k < 4; k++, v /= syllables.length) {
                w.append(syllables[v % syllables.length]);
            }
            return Character.toUpperCase(w.charAt(0)) + w.substring(1);
        };
        Random random = new Random(5000);
        KnowledgeGraph graph = new KnowledgeGraph();
        int perDocument = (entities + documents - 1) / documents;
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            List<Mention> mentions = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                for (int k = 0; k < 4; k++) {
                    int e = k == 0 && d * perDocument + s < entities ? d * perDocument + s
                            : (int) (entities * Math.pow(random.nextDouble(), 3));
                    EntityType type = Html.STANDARD.get(e % 3);
                    String name = switch (type.name()) {
                        case "PERSON" -> word.apply(e) + " " + word.apply(e + 7001);
                        case "LOCATION" -> word.apply(e);
                        default -> "Lembaga " + word.apply(e);
                    };
                    int start = text.length();
                    text.append(name);
                    mentions.add(new Mention(type, name, start, text.length(), 0.9, s));
                    text.append(k < 3 ? " dan " : ". ");
                }
            }
            graph.add("doc-" + d, mentions);
        }
        return graph;
    }

    /** Pairs of shown labels whose boxes, as Cytoscape.js measures them, overlap by more than a pixel. */
    static final String NO_LABEL_OVERLAPS = """
            (function () {
              var boxes = entitasGraph.cy.nodes('.labelled').map(n => n.boundingBox({includeNodes: false,
                  includeEdges: false, includeLabels: true}));
              var z = entitasGraph.cy.zoom(), bad = 0;
              for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
                var a = boxes[i], b = boxes[j];
                if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 / z && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1 / z) bad++;
              }
              return bad;
            })()""";

    @SuppressWarnings("unchecked")
    private static List<Long> longs(Object list) {
        return ((List<Object>) list).stream().map(o -> ((Number) o).longValue()).toList();
    }
}
