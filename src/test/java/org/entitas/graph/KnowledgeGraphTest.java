package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class KnowledgeGraphTest {

    @Test
    void sameEntityAcrossDocumentsIsOneNodeWithCountsAndTies() {
        String a = "Presiden Joko Widodo bertemu Prabowo Subianto di Jakarta.";
        String b = "Jokowi tiba di Bandung. Joko Widodo lalu ke Jakarta.";
        KnowledgeGraph g = new KnowledgeGraph()
                .add(TestDocuments.tagged("a", a, List.of(m(a, EntityType.PERSON, "Joko Widodo", 0), m(a, EntityType.PERSON, "Prabowo Subianto", 0),
                        m(a, EntityType.LOCATION, "Jakarta", 0))))
                .add(TestDocuments.tagged("b", b, List.of(m(b, EntityType.LOCATION, "Bandung", 0), m(b, EntityType.PERSON, "Joko Widodo", 1),
                        m(b, EntityType.LOCATION, "Jakarta", 1))));

        assertThat(g.nodes()).filteredOn(n -> n.key().equals("PERSON:joko widodo")).singleElement()
                .satisfies(n -> {
                    assertThat(n.documents()).isEqualTo(2);
                    assertThat(n.firstDocument()).isEqualTo("a");
                    assertThat(n.lastDocument()).isEqualTo("b");
                });
        assertThat(g.edges()).filteredOn(e -> e.kind() == KnowledgeGraph.EdgeKind.SAME_SENTENCE
                && e.source().equals("LOCATION:jakarta") && e.target().equals("PERSON:joko widodo")).singleElement()
                .satisfies(e -> {
                    assertThat(e.weight()).isEqualTo(2);
                    assertThat(e.documents()).containsExactly("a", "b");
                });
    }

    private static Mention m(String text, EntityType type, String name, int sentence) {
        int start = text.indexOf(name);
        return new Mention(type, name, start, start + name.length(), 0.9, sentence);
    }

    @Test
    void testCorpusExportsParseBackWithTheSameCounts(@TempDir Path dir) throws Exception {
        KnowledgeGraph g = new KnowledgeGraph();
        EntityExtractor ner = EntityExtractor.indonesian();
        try (Stream<Path> s = Files.list(Path.of("test-corpus"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p);
                g.add(ner.extract(org.entitas.Document.of(p.getFileName().toString(), text)));
            }
        }
        assertThat(g.nodes()).hasSizeGreaterThan(300);

        GraphExports.neo4j(g, dir.resolve("neo4j"));
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(dir.resolve("neo4j/nodes.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = csv.parse(r).getRecords();
            assertThat(rows).hasSize(g.nodes().size());
            assertThat(rows.get(0).get("key:ID")).isEqualTo(g.nodes().get(0).key());
        }
        long roleEdges = g.roles().stream().filter(r -> r.of().isPresent()).count();
        assertThat(roleEdges).isPositive();
        try (Reader r = Files.newBufferedReader(dir.resolve("neo4j/relationships.csv"), StandardCharsets.UTF_8)) {
            assertThat(csv.parse(r).getRecords()).hasSize(g.edges().size() + (int) roleEdges);
        }

        Path graphml = dir.resolve("graph.graphml");
        GraphExports.graphml(g, graphml);
        Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(graphml.toFile());
        assertThat(xml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength())
                .isEqualTo(g.nodes().size());
        assertThat(xml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge").getLength())
                .isEqualTo(g.edges().size() + (int) roleEdges);

        Path ttl = dir.resolve("graph.ttl");
        RdfExport.turtle(g, ttl);
        org.apache.jena.rdf.model.Model rdf = org.apache.jena.riot.RDFDataMgr.loadModel(ttl.toString());
        org.apache.jena.rdf.model.Property type = org.apache.jena.vocabulary.RDF.type;
        long entities = Stream.of("Person", "Place", "Organization")
                .mapToLong(t -> rdf.listSubjectsWithProperty(type, rdf.createResource("https://schema.org/" + t))
                        .toList().size()).sum();
        assertThat(entities).isEqualTo(g.nodes().size());
        assertThat(rdf.listSubjectsWithProperty(type, rdf.createResource(RdfExport.ENT + "Tie")).toList())
                .hasSize(g.edges().size());
        assertThat(rdf.listSubjectsWithProperty(type, rdf.createResource(RdfExport.ENT + "Role")).toList())
                .hasSize(g.roles().size());
    }
}
