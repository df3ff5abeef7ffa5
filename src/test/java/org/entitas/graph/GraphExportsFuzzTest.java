package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.entitas.FuzzDocuments;
import org.entitas.io.LoneSurrogates;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * Fuzz tests of the graph exports: the graph of one document made from fuzz data ({@link FuzzDocuments}) is
 * written as Neo4j CSV, GraphML and Turtle, and each file parses back, with one node per entity. Seeds in
 * {@code GraphExportsFuzzTestInputs/<method>/}.
 */
class GraphExportsFuzzTest {

    @TempDir
    static Path dir;

    private static KnowledgeGraph graph(byte[] data) {
        return new KnowledgeGraph().add(FuzzDocuments.tagged(data));
    }

    private static long roleEdges(KnowledgeGraph g) {
        return g.roles().stream().filter(r -> r.of().isPresent()).count();
    }

    /**
     * nodes.csv and relationships.csv parse (RFC 4180) to a row of the header's width per node and per tie, with
     * each node's key and name (each line break as a space, each lone surrogate as U+FFFD).
     */
    @FuzzTest(maxDuration = "10m")
    void neo4j(byte[] data) throws IOException {
        KnowledgeGraph g = graph(data);
        Path out = dir.resolve("neo4j");
        GraphExports.neo4j(g, out);
        List<CSVRecord> nodes = rows(out.resolve("nodes.csv"));
        assertThat(nodes).hasSize(g.nodes().size() + 1);
        for (CSVRecord r : nodes) {
            assertThat(r.size()).as("fields of node row %s", r.getRecordNumber()).isEqualTo(nodes.get(0).size());
        }
        assertThat(nodes.get(0).get(0)).isEqualTo("key:ID");
        assertThat(nodes.get(0).get(1)).isEqualTo("name");
        for (int i = 0; i < g.nodes().size(); i++) {
            assertThat(nodes.get(i + 1).get(0)).isEqualTo(asWritten(g.nodes().get(i).key()));
            assertThat(nodes.get(i + 1).get(1)).isEqualTo(asWritten(g.nodes().get(i).name()));
        }
        List<CSVRecord> ties = rows(out.resolve("relationships.csv"));
        assertThat(ties).hasSize(g.edges().size() + (int) roleEdges(g) + 1);
        for (CSVRecord r : ties) {
            assertThat(r.size()).as("fields of relationship row %s", r.getRecordNumber()).isEqualTo(ties.get(0).size());
        }
    }

    /** A value as the Neo4j files promise to hold it: each line break a space, each lone surrogate U+FFFD. */
    private static String asWritten(String value) {
        return LoneSurrogates.replaced(value).replace('\n', ' ').replace('\r', ' ');
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    /** GraphML is well-formed XML (the JDK's parser) with one node element per entity and one edge per tie. */
    @FuzzTest(maxDuration = "10m")
    void graphml(byte[] data) throws IOException, ParserConfigurationException, SAXException {
        KnowledgeGraph g = graph(data);
        Path out = dir.resolve("graph.graphml");
        GraphExports.graphml(g, out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        org.w3c.dom.Document xml;
        try (InputStream in = Files.newInputStream(out)) {
            xml = builder.parse(in);
        }
        assertThat(xml.getElementsByTagName("node").getLength()).isEqualTo(g.nodes().size());
        assertThat(xml.getElementsByTagName("edge").getLength()).isEqualTo(g.edges().size() + (int) roleEdges(g));
    }

    /** Turtle parses with Jena, with one labelled resource per entity (no two entities share an IRI). */
    @FuzzTest(maxDuration = "10m")
    void turtle(byte[] data) throws IOException {
        KnowledgeGraph g = graph(data);
        Path out = dir.resolve("graph.ttl");
        RdfExport.turtle(g, out);
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Files.newInputStream(out)) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        }
        assertThat(m.listSubjectsWithProperty(RDFS.label).toList()).hasSize(g.nodes().size());
    }
}
