package org.entitas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entitas.EntityType;
import org.entitas.graph.GraphExports;
import org.entitas.graph.KnowledgeGraph;
import org.entitas.graph.RdfExport;
import org.entitas.io.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

    /** The names the command writes into -o. */
    private static final List<String> WRITTEN = List.of("neo4j", "graph.graphml", "graph.ttl");

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
    @Option(names = "--overwrite", description = "Replace the exports of an earlier run in the -o directory.")
    boolean overwrite;
    @Option(names = "--sources-as-entities", description = "Take the media of datelines (KOMPAS.com, ANTARA) as"
            + " entities tied to what their documents mention, as before, rather than as the documents' sources.")
    boolean sourcesAsEntities;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Tagging.refuseExisting(spec.commandLine(), out, overwrite, WRITTEN);
        List<Path> files = tagged ? OwnFiles.apart(spec.commandLine(), inputs, inputs,
                OwnFiles.existing(out, WRITTEN, "a file written into -o " + out), true)
                : Tagging.files(spec.commandLine(), selection, inputs, out, WRITTEN);
        try {
            return build(err, files);
        } catch (OutOfMemoryError e) {
            // the graph is dropped with build's frame
            return Main.outOfMemory(err, "the exports in " + out + " are missing or incomplete (they are written"
                    + " once every document is read)");
        }
    }

    private int build(PrintWriter err, List<Path> files) throws IOException {
        KnowledgeGraph graph = new KnowledgeGraph(sourcesAsEntities ? KnowledgeGraph.Sources.AS_ENTITIES
                : KnowledgeGraph.Sources.APART);
        if (tagged) {
            int documents = 0;
            int withoutText = 0;
            for (Path file : files) {
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
        long failed = Tagging.run(spec.commandLine(), selection, model, files, t -> {
            graph.add(t);
            documents[0]++;
        }).failed();
        return write(graph, documents[0], failed, err);
    }

    private int write(KnowledgeGraph graph, long documents, long failed, PrintWriter err) throws IOException {
        if (documents == 0) {
            return Tagging.nothingTagged(err, failed, out);
        }
        // each export written under a temporary name and moved into place whole: a killed run leaves the exports
        // of before, or complete new ones, never an empty or cut file beside complete ones
        Path neo4j = Files.createDirectories(out.resolve("neo4j"));
        Path partial = out.resolve(".neo4j.partial");
        try {
            GraphExports.neo4j(graph, Files.createDirectories(partial));
            for (String name : List.of("nodes.csv", "relationships.csv")) {
                moveInPlace(partial.resolve(name), neo4j.resolve(name));
            }
        } finally {
            for (String name : List.of("nodes.csv", "relationships.csv")) {
                Files.deleteIfExists(partial.resolve(name));
            }
            Files.deleteIfExists(partial);
        }
        inPlace(out.resolve("graph.graphml"), tmp -> GraphExports.graphml(graph, tmp));
        inPlace(out.resolve("graph.ttl"), tmp -> RdfExport.turtle(graph, tmp));
        if (!selection.quiet) {
            err.printf("entitas: %d documents (%d failed): %s; wrote %s%n", documents + failed, failed,
                    summary(graph), out);
            err.flush();
        }
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** Writes a file: what {@code write} writes to a temporary path beside it, moved over it once whole. */
    private interface Write {
        void to(Path temporary) throws IOException;
    }

    private static void inPlace(Path file, Write write) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".partial");
        try {
            write.to(temporary);
            moveInPlace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Moves a file over another at once where the file system can, else replacing it. */
    private static void moveInPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Every kind of node and edge counted: "724 entities (310 persons, 250 places, 164 organizations), 2,000
     * same-sentence ties, 8,000 same-document ties, 60 roles (30 with a place or organization); 120 mentions
     * cleaned".
     */
    static String summary(KnowledgeGraph graph) {
        Map<EntityType, Long> types = new LinkedHashMap<>();
        for (KnowledgeGraph.Node n : graph.nodes()) {
            types.merge(n.type(), 1L, Long::sum);
        }
        long sentence = graph.edges().stream().filter(e -> e.kind() == KnowledgeGraph.EdgeKind.SAME_SENTENCE).count();
        long document = graph.edges().size() - sentence;
        long withOf = graph.roles().stream().filter(r -> r.of().isPresent()).count();
        long cleaned = graph.cleaned().values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "%d entities (%d persons, %d places, %d organizations), %d sources,"
                + " %d same-sentence ties, %d same-document ties, %d roles (%d with a place or organization);"
                + " %d mention cleanups %s", graph.nodes().size(), types.getOrDefault(EntityType.PERSON, 0L),
                types.getOrDefault(EntityType.LOCATION, 0L), types.getOrDefault(EntityType.ORGANIZATION, 0L),
                graph.sources().size(), sentence, document, graph.roles().size(), withOf, cleaned, graph.cleaned().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey().name().toLowerCase(Locale.ROOT)
                                .replace('_', '-') + " " + e.getValue()).toList());
    }
}
