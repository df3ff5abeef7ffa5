package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GraphML of {@code entitas graph} loads, as written, in networkx ({@code read_graphml}) from Debian's
 * {@code python3-networkx}, with the node and edge counts {@code graph} reports. The Python is {@code $ENTITAS_PYTHON}
 * or {@code /usr/bin/python3} (Debian's, which has Debian's networkx). Where it cannot import networkx the test is
 * skipped, unless {@code ENTITAS_REQUIRE_NETWORKX} is set (as {@code .ci/run} does after installing it).
 */
class GraphMlInNetworkxTest {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) entities \\(.*?\\), (\\d+) sources, (\\d+) "
            + "same-sentence ties, (\\d+) same-document ties, \\d+ roles \\((\\d+) with");
    private static final String LOAD = String.join("\n",
            "import sys, networkx as nx",
            "g = nx.read_graphml(sys.argv[1])",
            "kinds = {}",
            "for _, _, d in g.edges(data=True):",
            "    kinds[d['kind']] = kinds.get(d['kind'], 0) + 1",
            "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph(),",
            "      kinds.get('SAME_SENTENCE', 0), kinds.get('SAME_DOCUMENT', 0), kinds.get('HAS_ROLE', 0))",
            "");

    @Test
    void theGraphMlLoadsUneditedWithTheReportedCounts(@TempDir Path dir) throws Exception {
        String python = System.getenv().getOrDefault("ENTITAS_PYTHON", "/usr/bin/python3");
        if (!imports(python, dir)) {
            String message = python + " cannot import networkx: install Debian's python3-networkx";
            if (System.getenv("ENTITAS_REQUIRE_NETWORKX") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "graph", "--include", "0*.txt",
                "-o", dir.resolve("g").toString(), "test-corpus");
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        Matcher reported = SUMMARY.matcher(err.toString());
        assertThat(reported.find()).as(err.toString()).isTrue();
        long nodes = Long.parseLong(reported.group(1)) + Long.parseLong(reported.group(2));
        long sentence = Long.parseLong(reported.group(3));
        long document = Long.parseLong(reported.group(4));
        long roles = Long.parseLong(reported.group(5));

        Path script = Files.writeString(dir.resolve("load.py"), LOAD);
        String loaded = python(dir, python, script.toString(), dir.resolve("g/graph.graphml").toString());
        // nodes, edges, directed, multigraph, and the edges by kind
        assertThat(loaded.strip().split(" ")).containsExactly(String.valueOf(nodes),
                String.valueOf(sentence + document + roles), "False", "True", String.valueOf(sentence),
                String.valueOf(document), String.valueOf(roles));
    }

    private static boolean imports(String python, Path dir) {
        try {
            python(dir, python, "-c", "import networkx");
            return true;
        } catch (AssertionError | IOException e) {
            return false;
        }
    }

    private static String python(Path dir, String python, String... args) throws IOException {
        Path log = Files.createTempFile(dir, "python", ".log");
        List<String> command = new ArrayList<>(List.of(python));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail(python + " did not finish within 2 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s %s: %s", python, List.of(args), output).isZero();
        return output;
    }
}
