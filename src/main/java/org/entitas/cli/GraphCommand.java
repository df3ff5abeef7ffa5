package org.entitas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entitas.TaggedDocument;
import org.entitas.bulk.InputOptions;
import org.entitas.bulk.Inputs;
import org.entitas.graph.GraphExports;
import org.entitas.graph.KnowledgeGraph;
import org.entitas.graph.RdfExport;
import org.entitas.graph.TaggedReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entitas graph}: tags documents (the inputs of {@code tag}) and writes the knowledge graph of their
 * entities: Neo4j bulk-import CSV files, GraphML and RDF Turtle.
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
    @Parameters(arity = "1..*", description = "Files, directories or archives, as for 'tag'.")
    List<Path> inputs = new ArrayList<>();
    @Option(names = {"-o", "--out"}, required = true, description = "Directory to write the exports into.")
    Path out;
    @Option(names = "--tagged", description = "The inputs are JSON Lines written by 'entitas tag': build the graph"
            + " from their entities without tagging again (acronyms then match by initials only, and no role is"
            + " read, as the text is not at hand).")
    boolean tagged;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int workers = selection.workers(spec.commandLine());
        InputOptions options = selection.options(spec.commandLine());
        KnowledgeGraph graph = new KnowledgeGraph();
        if (tagged) {
            int documents = 0;
            for (Path file : Inputs.files(inputs, options)) {
                for (TaggedDocument d : TaggedReader.read(file)) {
                    graph.add(d.id(), "", d.mentions());
                    documents++;
                }
            }
            return write(graph, documents, 0, err);
        }
        int[] documents = {0};
        int failed = TaggedInputs.forEach(inputs, options, workers, err, t -> {
            graph.add(t.document().id(), t.text(), t.document().mentions());
            documents[0]++;
        });
        return write(graph, documents[0], failed, err);
    }

    private int write(KnowledgeGraph graph, int documents, int failed, PrintWriter err) throws IOException {
        GraphExports.neo4j(graph, out.resolve("neo4j"));
        GraphExports.graphml(graph, out.resolve("graph.graphml"));
        RdfExport.turtle(graph, out.resolve("graph.ttl"));
        err.printf("entitas: %d documents (%d failed): %d entities, %d ties; wrote %s%n", documents + failed, failed,
                graph.nodes().size(), graph.edges().size(), out);
        err.flush();
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
