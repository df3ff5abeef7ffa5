package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static org.entitas.TaggedDocument doc(String id, String text, Object... typeAndText) {
        return TestDocuments.tagged(id, text, Marks.mark(text, typeAndText));
    }

    private static KnowledgeGraph slips() {
        KnowledgeGraph g = new KnowledgeGraph();
        SLIPS.forEach(g::add);
        return g;
    }

    /** Four documents with the slips of issue 15: headline, dateline, bracket, honorific, role text, short names. */
    private static final List<org.entitas.TaggedDocument> SLIPS = List.of(
                doc("a", "Prabowo Subianto Resmi Dilantik\nPresiden Prabowo Subianto dilantik di Gedung Nusantara."
                        + " Kapolri Jenderal Listyo Sigit Prabowo hadir. Prabowo lalu menyapa Amerika Serikat.",
                        EntityType.PERSON, "Prabowo Subianto Resmi Dilantik", EntityType.PERSON, "Prabowo Subianto",
                        EntityType.LOCATION, "Gedung Nusantara", EntityType.PERSON, "Listyo Sigit Prabowo",
                        EntityType.PERSON, "Prabowo", EntityType.LOCATION, "Amerika Serikat"),
                doc("b", "Pak Prabowo bertemu Presiden AS Joe Biden. Gubernur Bank Indonesia (BI) Perry Warjiyo"
                        + " hadir. Presiden AS Joe Biden pulang.",
                        EntityType.PERSON, "Pak Prabowo", EntityType.LOCATION, "AS", EntityType.PERSON, "Joe Biden",
                        EntityType.ORGANIZATION, "Bank Indonesia (BI", EntityType.PERSON, "Perry Warjiyo",
                        EntityType.LOCATION, "AS", EntityType.PERSON, "Joe Biden"),
                doc("c", "KOMPAS.com - Komisi II menahan Gubernur BI Perry. Presiden AS Joe Biden menelepon"
                        + " Hendra Saputra dan Hendra Kusumawijaya.",
                        EntityType.ORGANIZATION, "KOMPAS.com - Komisi II", EntityType.PERSON, "Gubernur BI Perry",
                        EntityType.LOCATION, "AS",
                        EntityType.PERSON, "Joe Biden", EntityType.PERSON, "Hendra Saputra", EntityType.PERSON,
                        "Hendra Kusumawijaya"),
                doc("d", "Kata Hendra, BI tetap waspada.", EntityType.PERSON, "Hendra", EntityType.ORGANIZATION,
                        "BI"),
                doc("e", "Prabowo Subianto tiba. Prabowo tersenyum.", EntityType.PERSON, "Prabowo Subianto",
                        EntityType.PERSON, "Prabowo"));

    @Test
    void oneNodePerRealWorldEntityAcrossDocuments() {
        KnowledgeGraph g = slips();
        assertThat(g.nodes()).extracting(KnowledgeGraph.Node::key).containsExactlyInAnyOrder(
                "PERSON:prabowo subianto", "LOCATION:gedung nusantara", "PERSON:listyo sigit prabowo",
                "LOCATION:amerika serikat", "PERSON:joe biden", "ORGANIZATION:bank indonesia",
                "PERSON:perry warjiyo", "ORGANIZATION:komisi ii", "PERSON:perry",
                "PERSON:hendra saputra", "PERSON:hendra kusumawijaya", "PERSON:hendra");
        // the medium of c's dateline is its source
        assertThat(g.sources()).extracting(KnowledgeGraph.Source::key).containsExactly("SOURCE:kompas.com");
        // "Prabowo" fits two persons in "a" and "b", and joins the one document "e" shows it stands for; "Hendra"
        // fits two and no document says which; "Perry" fits one, but a first name alone joins on evidence only
        assertThat(g.nodes()).filteredOn(n -> n.key().equals("PERSON:prabowo subianto")).singleElement()
                .satisfies(n -> {
                    assertThat(n.aliases()).containsExactly("Prabowo");
                    assertThat(n.titles()).containsExactly("Pak");
                    assertThat(n.documents()).isEqualTo(3);
                    assertThat(n.mentions()).isEqualTo(6);
                });
        assertThat(g.nodes()).filteredOn(n -> n.key().equals("ORGANIZATION:bank indonesia")).singleElement()
                .satisfies(n -> assertThat(n.documents()).isEqualTo(2));
        assertThat(g.cleaned()).containsEntry(MentionCleaner.Fix.HEADLINE, 1L)
                .containsEntry(MentionCleaner.Fix.DATELINE, 1L).containsEntry(MentionCleaner.Fix.BRACKET, 1L)
                .containsEntry(MentionCleaner.Fix.TITLE, 2L);
        assertThat(g.nodes()).filteredOn(n -> n.key().equals("PERSON:perry")).singleElement()
                .satisfies(n -> assertThat(n.titles()).containsExactly("Gubernur BI"));
    }

    @Test
    void oneNameUnderTwoTypesIsOneNodeOfTheTypeMostMentionsCarry() {
        KnowledgeGraph g = new KnowledgeGraph()
                .add(doc("a", "Delegasi tiba di Brunei Darussalam kemarin.", EntityType.LOCATION, "Brunei Darussalam"))
                .add(doc("b", "Brunei Darussalam menolak usul itu. Warga Brunei Darussalam cemas.",
                        EntityType.ORGANIZATION, "Brunei Darussalam", EntityType.LOCATION, "Brunei Darussalam"))
                .add(doc("c", "Sultan pulang ke Brunei Darussalam.", EntityType.LOCATION, "Brunei Darussalam"))
                .add(doc("d", "Menteri bertemu Timor-Leste. Delegasi Timor-Leste datang.", EntityType.PERSON,
                        "Timor-Leste", EntityType.LOCATION, "Timor-Leste"));
        assertThat(g.nodes()).extracting(KnowledgeGraph.Node::key, KnowledgeGraph.Node::otherTypes)
                .containsExactlyInAnyOrder(tuple("LOCATION:brunei darussalam", Map.of(
                        EntityType.ORGANIZATION, 1L)), tuple("LOCATION:timor-leste", Map.of(
                        EntityType.PERSON, 1L)));
        assertThat(g.edges()).isEmpty();
    }

    @Test
    void keysNamesTiesAndRolesDoNotDependOnTheOrderOfDocuments() {
        KnowledgeGraph forward = slips();
        List<org.entitas.TaggedDocument> docs = new ArrayList<>(SLIPS);
        Collections.reverse(docs);
        KnowledgeGraph backward = new KnowledgeGraph();
        docs.forEach(backward::add);
        assertThat(backward.nodes()).extracting(KnowledgeGraph.Node::key, KnowledgeGraph.Node::name,
                KnowledgeGraph.Node::mentions).containsExactlyInAnyOrderElementsOf(forward.nodes().stream()
                        .map(n -> tuple(n.key(), n.name(), n.mentions())).toList());
        assertThat(backward.edges()).extracting(KnowledgeGraph.Edge::source, KnowledgeGraph.Edge::target,
                KnowledgeGraph.Edge::kind, KnowledgeGraph.Edge::weight).containsExactlyInAnyOrderElementsOf(
                forward.edges().stream().map(e -> tuple(e.source(), e.target(), e.kind(), e.weight())).toList());
        assertThat(backward.roles()).extracting(KnowledgeGraph.RoleEdge::person, KnowledgeGraph.RoleEdge::of,
                KnowledgeGraph.RoleEdge::evidence).containsExactlyInAnyOrderElementsOf(forward.roles().stream()
                        .map(r -> tuple(r.person(), r.of(), r.evidence())).toList());
    }

    @Test
    void oneRoleEdgePerPersonRoleAndPlaceWithItsEvidenceCounted() {
        KnowledgeGraph g = slips();
        assertThat(g.roles()).extracting(KnowledgeGraph.RoleEdge::person, KnowledgeGraph.RoleEdge::role,
                r -> r.of().orElse("-"), KnowledgeGraph.RoleEdge::evidence).containsExactlyInAnyOrder(
                tuple("PERSON:prabowo subianto", "Presiden", "-", 1L),
                tuple("PERSON:listyo sigit prabowo", "Kapolri Jenderal", "-", 1L),
                tuple("PERSON:joe biden", "Presiden", "LOCATION:amerika serikat", 3L),
                tuple("PERSON:perry warjiyo", "Gubernur", "ORGANIZATION:bank indonesia", 1L),
                tuple("PERSON:perry", "Gubernur BI", "-", 1L));
        assertThat(g.roles()).filteredOn(r -> r.evidence() == 3).singleElement()
                .satisfies(r -> assertThat(r.documents()).containsExactly("b", "c"));
        assertThat(g.nodes()).filteredOn(n -> n.key().equals("PERSON:prabowo subianto")).singleElement()
                .satisfies(n -> assertThat(n.roles()).containsExactly("Presiden"));
    }

    @Test
    void everyExportHoldsTheSameRolesAndGraphMlDirectsThem(@TempDir Path dir) throws Exception {
        KnowledgeGraph g = slips();
        Set<List<String>> expected = new HashSet<>();
        g.roles().forEach(r -> expected.add(List.of(r.person(), r.role(), r.of().orElse("-"))));
        assertThat(expected).hasSize(5);

        GraphExports.neo4j(g, dir.resolve("neo4j"));
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        Set<List<String>> neo4j = new HashSet<>();
        try (Reader r = Files.newBufferedReader(dir.resolve("neo4j/relationships.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : csv.parse(r)) {
                if (row.get(":TYPE").equals("HAS_ROLE")) {
                    neo4j.add(List.of(row.get(":START_ID"), row.get("role"), row.get(":END_ID")));
                    if (row.get(":START_ID").equals("PERSON:joe biden")) {
                        assertThat(row.get("weight:long")).isEqualTo("3");
                    }
                }
            }
        }
        try (Reader r = Files.newBufferedReader(dir.resolve("neo4j/nodes.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : csv.parse(r)) {
                for (String role : row.get("roles:string[]").split(";")) {
                    if (!role.isEmpty()) {
                        neo4j.add(List.of(row.get("key:ID"), role, "-"));
                    }
                }
            }
        }
        assertThat(neo4j).isEqualTo(expected);

        Path graphml = dir.resolve("graph.graphml");
        GraphExports.graphml(g, graphml);
        Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(graphml.toFile());
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertThat(((org.w3c.dom.Element) xml.getElementsByTagNameNS(ns, "graph").item(0)).getAttribute("edgedefault"))
                .isEqualTo("undirected");
        Set<List<String>> fromGraphMl = new HashSet<>();
        org.w3c.dom.NodeList edges = xml.getElementsByTagNameNS(ns, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) edges.item(i);
            Map<String, String> data = data(e);
            boolean role = data.get("kind").equals("HAS_ROLE");
            // every edge as the graph declares them (networkx refuses a directed edge in an undirected graph)
            assertThat(e.getAttribute("directed")).isEmpty();
            if (role) {
                fromGraphMl.add(List.of(e.getAttribute("source"), data.get("role"), e.getAttribute("target")));
            }
        }
        org.w3c.dom.NodeList nodes = xml.getElementsByTagNameNS(ns, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            org.w3c.dom.Element n = (org.w3c.dom.Element) nodes.item(i);
            for (String role : data(n).getOrDefault("roles", "").split("; ")) {
                if (!role.isEmpty()) {
                    fromGraphMl.add(List.of(n.getAttribute("id"), role, "-"));
                }
            }
        }
        assertThat(fromGraphMl).isEqualTo(expected);

        org.apache.jena.rdf.model.Model rdf = RdfExport.model(g);
        Set<List<String>> fromRdf = new HashSet<>();
        org.apache.jena.rdf.model.Property holds = rdf.createProperty(RdfExport.ENT, "holdsRole");
        rdf.listStatements(null, holds, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            org.apache.jena.rdf.model.Resource role = st.getObject().asResource();
            String of = role.hasProperty(rdf.createProperty(RdfExport.ENT, "roleOf"))
                    ? key(role.getPropertyResourceValue(rdf.createProperty(RdfExport.ENT, "roleOf"))) : "-";
            fromRdf.add(List.of(key(st.getSubject()), role.getProperty(rdf.createProperty(RdfExport.ENT, "roleName"))
                    .getString(), of));
        });
        assertThat(fromRdf).isEqualTo(expected);
    }

    private static String key(org.apache.jena.rdf.model.Resource r) {
        return URLDecoder.decode(r.getURI().substring(RdfExport.ENTITY.length()), StandardCharsets.UTF_8);
    }

    private static Map<String, String> data(org.w3c.dom.Element e) {
        Map<String, String> out = new HashMap<>();
        org.w3c.dom.NodeList d = e.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
        for (int i = 0; i < d.getLength(); i++) {
            org.w3c.dom.Element x = (org.w3c.dom.Element) d.item(i);
            out.put(x.getAttribute("key"), x.getTextContent());
        }
        return out;
    }

    @Test
    void neo4jArraysKeepTheirElementsAndNoValueBreaksALine(@TempDir Path dir) throws Exception {
        String text = "Joko Widodo tiba di Bandung.";
        List<Mention> mentions = List.of(m(text, EntityType.PERSON, "Joko Widodo", 0),
                m(text, EntityType.LOCATION, "Bandung", 0));
        KnowledgeGraph g = new KnowledgeGraph().add("berita;1\nsatu", mentions).add("berita;2", mentions);

        GraphExports.neo4j(g, dir.resolve("neo4j"));

        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<String> relationships = Files.readAllLines(dir.resolve("neo4j/relationships.csv"));
        assertThat(relationships).hasSize(3);
        try (Reader r = Files.newBufferedReader(dir.resolve("neo4j/relationships.csv"), StandardCharsets.UTF_8)) {
            CSVRecord tie = csv.parse(r).getRecords().get(0);
            // as neo4j-admin splits it with --array-delimiter=";"
            assertThat(tie.get("documents:string[]").split(";")).containsExactly("berita,1 satu", "berita,2");
        }
        List<String> nodes = Files.readAllLines(dir.resolve("neo4j/nodes.csv"));
        assertThat(nodes).hasSize(3).allSatisfy(l -> assertThat(l).doesNotContain("\r"));
        assertThat(nodes.get(1)).contains("\"berita;1 satu\"");
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
            assertThat(rows).hasSize(g.nodes().size() + g.sources().size());
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
                .isEqualTo(g.nodes().size() + g.sources().size());
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
        assertThat(g.sources()).isNotEmpty();
        assertThat(rdf.listSubjectsWithProperty(type, rdf.createResource("https://schema.org/NewsMediaOrganization"))
                .toList()).hasSize(g.sources().size());
    }

    /** Two documents with datelines of the shapes news agencies write, and a byline in parentheses. */
    private static final List<org.entitas.TaggedDocument> DATELINES = List.of(
            doc("a", "Gempa Guncang Cianjur\n\nTEMPO.CO - Bupati Herman Suherman meninjau Cianjur bersama Ridwan Kamil.",
                    EntityType.ORGANIZATION, "TEMPO.CO", EntityType.PERSON, "Herman Suherman", EntityType.LOCATION,
                    "Cianjur", EntityType.PERSON, "Ridwan Kamil"),
            doc("b", "Surabaya (Reuters) - Eri Cahyadi dan Ridwan Kamil bertemu di Surabaya. (Reuters)",
                    EntityType.LOCATION, "Surabaya", EntityType.ORGANIZATION, "Reuters", EntityType.PERSON,
                    "Eri Cahyadi", EntityType.PERSON, "Ridwan Kamil", EntityType.LOCATION, "Surabaya",
                    EntityType.ORGANIZATION, "Reuters"));

    @Test
    void theMediumOfADatelineIsASourceNotAnEntity() {
        KnowledgeGraph g = new KnowledgeGraph();
        DATELINES.forEach(g::add);
        assertThat(g.sources()).extracting(KnowledgeGraph.Source::key, KnowledgeGraph.Source::name,
                KnowledgeGraph.Source::documents).containsExactly(tuple("SOURCE:tempo.co", "TEMPO.CO", List.of("a")),
                tuple("SOURCE:reuters", "Reuters", List.of("b")));
        assertThat(g.nodes()).extracting(KnowledgeGraph.Node::key).containsExactlyInAnyOrder(
                "PERSON:herman suherman", "LOCATION:cianjur", "PERSON:ridwan kamil", "LOCATION:surabaya",
                "PERSON:eri cahyadi");
        assertThat(g.edges()).noneMatch(e -> e.source().contains("reuters") || e.target().contains("reuters"));

        KnowledgeGraph before = new KnowledgeGraph(KnowledgeGraph.Sources.AS_ENTITIES);
        DATELINES.forEach(before::add);
        assertThat(before.sources()).isEmpty();
        assertThat(before.nodes()).extracting(KnowledgeGraph.Node::key).contains("ORGANIZATION:tempo.co",
                "ORGANIZATION:reuters");
        assertThat(before.edges()).anyMatch(e -> e.kind() == KnowledgeGraph.EdgeKind.SAME_SENTENCE
                && e.source().equals("ORGANIZATION:reuters") && e.target().equals("PERSON:eri cahyadi"));
    }
}
