package org.entitas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.TestDocuments;
import org.entitas.graph.KnowledgeGraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

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

    @Test
    void drawsTheNodesWithMostMentionsAndTheTiesAmongThem() {
        Document all = Jsoup.parse(GraphPage.render(graph(), "g", 10));
        assertThat(all.select("g.node")).extracting(n -> n.attr("data-key"))
                .containsExactlyInAnyOrder("PERSON:joko widodo", "LOCATION:bandung", "PERSON:ridwan kamil");
        assertThat(all.select("line.tie")).extracting(l -> l.attr("data-source") + " " + l.attr("data-target"),
                        l -> l.attr("data-weight"))
                .containsExactly(tuple("LOCATION:bandung PERSON:joko widodo", "2"),
                        tuple("LOCATION:bandung PERSON:ridwan kamil", "1"),
                        tuple("PERSON:joko widodo PERSON:ridwan kamil", "1"));

        Document two = Jsoup.parse(GraphPage.render(graph(), "g", 2));
        assertThat(two.select("g.node")).extracting(n -> n.attr("data-key"))
                .containsExactlyInAnyOrder("PERSON:joko widodo", "LOCATION:bandung");
        assertThat(two.select("line.tie")).hasSize(1);
    }

    @Test
    void theSameGraphIsDrawnTheSameWay() {
        assertThat(GraphPage.render(graph(), "g", 10)).isEqualTo(GraphPage.render(graph(), "g", 10));
    }

    @Test
    void maxNodesMustBePositive() {
        assertThatThrownBy(() -> GraphPage.render(graph(), "g", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxNodes must be at least 1: 0");
    }
}
