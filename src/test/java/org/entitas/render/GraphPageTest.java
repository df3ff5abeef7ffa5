package org.entitas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.TestDocuments;
import org.entitas.graph.KnowledgeGraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphPageTest {

    private static KnowledgeGraph graph() {
        String a = "Presiden Joko Widodo tiba di Bandung.";
        String b = "Joko Widodo dan Ridwan Kamil meninjau Bandung.";
        return new KnowledgeGraph()
                .add(TestDocuments.tagged("a", a, List.of(new Mention(EntityType.PERSON, "Joko Widodo", 9, 20, 0.9, 0),
                        new Mention(EntityType.LOCATION, "Bandung", 29, 36, 0.9, 0))))
                .add(TestDocuments.tagged("b", b, List.of(new Mention(EntityType.PERSON, "Joko Widodo", 0, 11, 0.9, 0),
                        new Mention(EntityType.PERSON, "Ridwan Kamil", 16, 28, 0.9, 0),
                        new Mention(EntityType.LOCATION, "Bandung", 38, 45, 0.9, 0))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Document page) throws Exception {
        return (Map<String, Object>) DevTools.parse(page.selectFirst("script#graph-data").data());
    }

    @Test
    void theDataHoldsNodesByMentionsTheirDocumentsTiesAndWhatToDrawFirst() throws Exception {
        Document page = Jsoup.parse(GraphPage.render(graph(), "g", Map.of("a", "documents/a.html"), 2));
        Map<String, Object> data = data(page);

        // the last two: the link to the world gazetteers and its page; Bandung is a city and a regency, unlinked
        assertThat(data.get("nodes")).isEqualTo(List.of(
                List.of("LOCATION:bandung", "Bandung", 1, 2, List.of(), List.of(0, 1), List.of(), "", ""),
                List.of("PERSON:joko widodo", "Joko Widodo", 0, 2, List.of(), List.of(0, 1), List.of("Presiden"), "",
                        ""),
                List.of("PERSON:ridwan kamil", "Ridwan Kamil", 0, 1, List.of(), List.of(1), List.of(), "", "")));
        assertThat(data.get("documents")).isEqualTo(List.of(List.of("a", "documents/a.html"), List.of("b", "")));
        assertThat(data.get("ties")).isEqualTo(List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 2, 1)));
        assertThat(data.get("drawn")).isEqualTo(2);
        assertThat(page.select("#limit option[selected]")).extracting(Element::val).containsExactly("2");
        assertThat(page.select("#legend input[type=checkbox]")).extracting(e -> e.attr("data-type"))
                .containsExactly("PERSON", "LOCATION", "ORGANIZATION");
        assertThat(page.select("script[src]")).extracting(e -> e.attr("src")).containsExactly(GraphPage.LIBRARY);
    }

    @Test
    void hostileNamesStayData() throws Exception {
        String name = "</script><script>alert(1)</script><!-- \u2028 & \"x\"";
        String text = name + " hadir.";
        KnowledgeGraph graph = new KnowledgeGraph().add(TestDocuments.tagged("</script>.txt", text,
                List.of(new Mention(EntityType.PERSON, name, 0, name.length(), 0.9, 0))));

        String html = GraphPage.render(graph, "<b>judul</b>", Map.of("</script>.txt", "documents/x.html"), 10);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script")).hasSize(3);
        assertThat(page.select("b")).isEmpty();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<!--");
        Map<String, Object> data = data(page);
        assertThat((List<?>) data.get("nodes")).singleElement().satisfies(n -> assertThat(((List<?>) n).get(1))
                .isEqualTo(graph.nodes().get(0).name()));
        assertThat(data.get("documents")).isEqualTo(List.of(List.of("</script>.txt", "documents/x.html")));
    }

    @Test
    void theSameGraphGivesTheSamePage() {
        assertThat(GraphPage.render(graph(), "g", 10)).isEqualTo(GraphPage.render(graph(), "g", 10));
    }

    @Test
    void maxNodesMustBePositiveAndLinksRelative() {
        assertThatThrownBy(() -> GraphPage.render(graph(), "g", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxNodes must be at least 1: 0");
        assertThatThrownBy(() -> GraphPage.render(graph(), "g", Map.of("a", "javascript:alert(1)"), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the link of document a must be relative: javascript:alert(1)");
    }

    @Test
    void theLibraryAndItsLicenceAreWrittenBesideThePage(@TempDir Path dir) throws Exception {
        GraphPage.writeLibrary(dir);
        assertThat(Files.readString(dir.resolve(GraphPage.LIBRARY))).contains("cytoscape");
        assertThat(Files.readString(dir.resolve(GraphPage.LIBRARY_LICENCE))).contains("Permission is hereby granted, free of charge");
    }
}
