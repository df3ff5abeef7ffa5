package org.entitas.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entitas.EntityExtractor;
import org.entitas.Mention;
import org.entitas.render.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page at {@code /}: the form, and the text posted highlighted as {@code render} highlights it. */
class PageTest {

    static final String TEXT = "Presiden Rusia Vladimir Putin tiba di Pyongyang, Korea Utara.\n\n"
            + "Sekretaris Jenderal NATO Jens Stoltenberg meminta Moskwa menaati sanksi <PBB> & \"Dewan Keamanan\".\n\n"
            + "Komisi Pemberantasan Korupsi (KPK) memeriksa dua saksi.";

    private static EntityServer server;
    private static Client client;

    @BeforeAll
    static void start() throws Exception {
        server = EntityServer.builder(EntityExtractor.indonesian()).port(0).threads(2).start();
        client = new Client(server);
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    private static void assertHighlighted(Document dom) {
        List<Mention> mentions = EntityExtractor.indonesian().extract(TEXT);
        assertThat(mentions).extracting(m -> m.text()).contains("Vladimir Putin", "Jens Stoltenberg", "Moskwa");
        List<Element> marks = dom.select("article#text mark.entity");
        assertThat(marks).extracting(m -> m.attr("data-type"), m -> m.ownText(),
                        m -> Integer.parseInt(m.attr("data-start")), m -> Integer.parseInt(m.attr("data-end")))
                .containsExactlyElementsOf(mentions.stream()
                        .map(m -> tuple(m.type().name(), m.text(), m.start(), m.end())).toList());
        Element article = dom.selectFirst("article#text");
        article.select("span.type").remove();
        assertThat(article.wholeText()).isEqualTo(TEXT);
        assertThat(dom.selectFirst("form#paste textarea[name=text]").wholeText()).isEqualTo(TEXT);
    }

    @Test
    void theBarePageIsAFormThatPostsToItself() throws Exception {
        HttpResponse<String> r = client.get("/");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        Document dom = Jsoup.parse(r.body());
        Element form = dom.selectFirst("form#paste");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/");
        assertThat(form.select("textarea[name=text]")).hasSize(1);
        assertThat(dom.select("article#text mark.entity")).isEmpty();
    }

    @Test
    void theFormPostedShowsTheTextHighlighted() throws Exception {
        HttpResponse<String> r = client.post("/", "application/x-www-form-urlencoded",
                "text=" + URLEncoder.encode(TEXT.replace("\n", "\r\n"), StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(200);
        assertHighlighted(Jsoup.parse(r.body()));
    }

    @Test
    void chromiumShowsTheTextHighlightedInEachTypesColour(@TempDir Path dir) throws Exception {
        Chromium chromium = Chromium.open(dir);

        Document dom = Jsoup.parse(chromium.dumpDom(client.url("/?text="
                + URLEncoder.encode(TEXT, StandardCharsets.UTF_8))));

        assertHighlighted(dom);
        assertThat(dom.body().attr("data-ready")).isEqualTo("true");
        assertThat(dom.select("article#text mark.entity[data-type=PERSON]")).allSatisfy(m ->
                assertThat(m.attr("style")).isEqualTo("background:#aa9cfc"));
        assertThat(dom.select("aside#entities tr.entity-row")).extracting(e -> e.attr("data-entity"))
                .contains("PERSON:vladimir putin", "ORGANIZATION:komisi pemberantasan korupsi");
        assertThat(dom.select("#legend .legend-item")).extracting(e -> e.attr("data-type"))
                .containsExactly("PERSON", "LOCATION", "ORGANIZATION");
    }
}
