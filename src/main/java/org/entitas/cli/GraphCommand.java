package org.entitas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entitas.graph.GraphExports;
import org.entitas.graph.KnowledgeGraph;
import org.entitas.graph.RdfExport;
import org.entitas.io.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entitas graph}: tags documents (the inputs of {@code tag}), or reads the JSON Lines of an earlier
 * {@code tag} run, and writes the knowledge graph of their entities: Neo4j bulk-import CSV files, GraphML and RDF
 * Turtle.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Builds the knowledge graph of the entities in documents (the inputs of 'tag'):",
                "OUT/neo4j/nodes.csv and relationships.csv (neo4j-admin database import), OUT/graph.graphml,",
                "OUT/graph.ttl (RDF Turtle, schema.org types)."})
final class GraphCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    InputSelection selection = new InputSelection();
    @Mixin
    ModelOptions model = new ModelOptions();
    @Parameters(arity = "1..*", description = "Files, directories or archives, as for 'tag'.")
    List<Path> inputs = new ArrayList<>();
    @Option(names = {"-o", "--out"}, required = true, description = "Directory to write the exports into.")
    Path out;
    @Option(names = "--tagged", description = "The inputs are JSON Lines written by 'entitas tag': build the graph"
            + " from their entities without tagging again. Roles and acronyms defined in parentheses are read only"
            + " from records written with 'tag --keep-text'.")
    boolean tagged;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeGraph graph = new KnowledgeGraph();
        if (tagged) {
            int documents = 0;
            int withoutText = 0;
            for (Path file : inputs) {
                for (JsonLines.Record r : JsonLines.readAll(file)) {
                    if (r.document().isPresent()) {
                        graph.add(r.document().get());
                    } else {
                        graph.add(r.id(), r.mentions());
                        withoutText++;
                    }
                    documents++;
                }
            }
            if (withoutText > 0) {
                err.printf("entitas: %d of %d records carry no text (written without 'tag --keep-text'): no roles"
                        + " and no acronyms defined in parentheses read from them%n", withoutText, documents);
            }
            return write(graph, documents, 0, err);
        }
        long[] documents = {0};
        long failed = Tagging.run(spec.commandLine(), selection, model, inputs, t -> {
            graph.add(t);
            documents[0]++;
        }).failed();
        return write(graph, documents[0], failed, err);
    }

    private int write(KnowledgeGraph graph, long documents, long failed, PrintWriter err) throws IOException {
        GraphExports.neo4j(graph, out.resolve("neo4j"));
        GraphExports.graphml(graph, out.resolve("graph.graphml"));
        RdfExport.turtle(graph, out.resolve("graph.ttl"));
        if (!selection.quiet) {
            err.printf("entitas: %d documents (%d failed): %d entities, %d ties; wrote %s%n", documents + failed,
                    failed, graph.nodes().size(), graph.edges().size(), out);
            err.flush();
        }
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
