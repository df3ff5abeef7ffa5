package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {

    @Test
    void writesNeo4jCsvAndGraphmlForTheTestCorpus(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "graph", "--include", "*.txt",
                "-o", dir.toString(), "test-corpus");

        assertThat(code).isEqualTo(Main.OK);
        assertThat(err.toString()).contains("41 documents (0 failed)");
        List<String> rows = Files.readAllLines(dir.resolve("neo4j/nodes.csv"));
        long sources = rows.stream().filter(r -> r.contains(",\"Source\",")).count();
        long nodes = rows.size() - 1 - sources;
        assertThat(nodes).isGreaterThan(300);
        assertThat(err.toString()).contains(nodes + " entities").contains(sources + " sources");
        assertThat(Files.readString(dir.resolve("graph.graphml"))).contains("<graphml").contains("PERSON:");
        assertThat(Files.readString(dir.resolve("graph.ttl"))).contains("schema:Person");
    }

    @Test
    void buildsTheGraphFromTheJsonLinesOfTag(@TempDir Path dir) throws Exception {
        Path tagged = dir.resolve("tagged.jsonl");
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "tag", "-q",
                "--include", "*.txt", "-o", tagged.toString(), "test-corpus")).isEqualTo(Main.OK);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "graph", "--tagged",
                "-o", dir.resolve("g").toString(), tagged.toString());

        assertThat(code).isEqualTo(Main.OK);
        assertThat(err.toString()).contains("41 documents (0 failed)");
        assertThat(Files.readAllLines(dir.resolve("g/neo4j/nodes.csv")).size() - 1).isGreaterThan(300);
    }
}
