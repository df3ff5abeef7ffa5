package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * The share of junk nodes ({@link JunkCounter}) in the graph of test-corpus/ with the bundled model. The counter's
 * rules are tested on nodes written here; the corpus figure is printed ({@code mvn -B test -Dtest=JunkShareTest})
 * and held to the target.
 */
class JunkShareTest {

    private static KnowledgeGraph.Node node(EntityType type, String name, long mentions) {
        return new KnowledgeGraph.Node(type.name() + ":" + name.toLowerCase(java.util.Locale.ROOT), type, name,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), mentions, java.util.Map.of(), 1, "d", "d",
                java.util.Optional.empty());
    }

    @Test
    void eachRuleOfTheReaderCatchesItsShape() {
        List<KnowledgeGraph.Node> nodes = List.of(
                node(EntityType.PERSON, "Lembaga Sensor Film Rudy Sanyoto", 1),
                node(EntityType.PERSON, "Bambang Pamungkas Siap Bertanding", 1),
                node(EntityType.LOCATION, "Jl. Merdeka No. 45", 1),
                node(EntityType.PERSON, "Edy Rahmayadi-Hasan Basri", 1),
                node(EntityType.PERSON, "Suryo Utomo", 3),
                node(EntityType.ORGANIZATION, "Direktorat Pajak Suryo Utomo", 1),
                node(EntityType.LOCATION, "Brunei Darussalam", 5),
                node(EntityType.ORGANIZATION, "Brunei Darussalam", 1),
                node(EntityType.PERSON, "K", 1),
                // not junk: a given name that is also a cue word, a hyphenated Arabic name, a name of its own
                node(EntityType.PERSON, "Tim Cook", 1),
                node(EntityType.PERSON, "Umar Al-Faruq", 1),
                node(EntityType.ORGANIZATION, "Direktorat Jenderal Pajak", 1));
        JunkCounter.Count c = JunkCounter.count(nodes);
        assertThat(c.junk().keySet()).containsExactly("PERSON:lembaga sensor film rudy sanyoto",
                "PERSON:bambang pamungkas siap bertanding", "LOCATION:jl. merdeka no. 45",
                "PERSON:edy rahmayadi-hasan basri", "ORGANIZATION:direktorat pajak suryo utomo",
                "ORGANIZATION:brunei darussalam", "PERSON:k");
        assertThat(c.junk().get("ORGANIZATION:direktorat pajak suryo utomo"))
                .containsExactly(JunkCounter.Rule.ORGANIZATION_ENDING_IN_PERSON);
        assertThat(c.share()).isEqualTo(7.0 / 12);
    }

    @Test
    void theGraphOfTestCorpusHasLittleJunk() throws IOException {
        EntityExtractor ner = EntityExtractor.indonesian();
        KnowledgeGraph graph = new KnowledgeGraph();
        try (Stream<Path> files = Files.list(Path.of("test-corpus"))) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = txt.getFileName().toString().replace(".txt", "");
                graph.add(ner.extract(Document.of(id, Files.readString(txt, StandardCharsets.UTF_8))));
            }
        }
        JunkCounter.Count c = JunkCounter.count(graph.nodes());
        System.out.println("junk on test-corpus: " + c);
        if (Boolean.getBoolean("entitas.junk.list")) {
            c.junk().forEach((k, rules) -> System.out.println("junk " + k + " " + rules));
        }
        assertThat(c.share()).isLessThanOrEqualTo(0.01);
    }
}
