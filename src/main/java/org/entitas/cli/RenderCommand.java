package org.entitas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entitas.EntityType;
import org.entitas.graph.KnowledgeGraph;
import org.entitas.render.DocumentPage;
import org.entitas.render.GraphPage;
import org.entitas.render.IndexPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entitas render}: tags documents (the inputs of {@code tag}) and writes HTML pages that open offline:
 * one per document with its entities highlighted, an index, and the graph of their entities.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Tags documents (the inputs of 'tag') and writes self-contained HTML pages:",
                "OUT/documents/<id>.html (entities highlighted by type, with the entity list), OUT/index.html",
                "and OUT/graph.html (the graph of their entities, to search and explore; it loads",
                "OUT/assets/cytoscape.min.js, written beside it with its licence)."})
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    InputSelection selection = new InputSelection();
    @Mixin
    ModelOptions model = new ModelOptions();
    @Parameters(arity = "1..*", description = "Files, directories or archives, as for 'tag'.")
    List<Path> inputs = new ArrayList<>();
    @Option(names = {"-o", "--out"}, required = true, description = "Directory to write the pages into.")
    Path out;
    @Option(names = "--max-nodes", defaultValue = "150",
            description = "Entities the graph page draws at first, those with the most mentions; the page draws more"
                    + " on request (default: ${DEFAULT-VALUE}).")
    int maxNodes;
    @Option(names = "--overwrite", description = "Replace the pages of an earlier run in the -o directory (its"
            + " documents/*.html pages are removed first).")
    boolean overwrite;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (maxNodes < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-nodes must be at least 1: " + maxNodes);
        }
        Tagging.refuseExisting(spec.commandLine(), out, overwrite, List.of("index.html", "graph.html", "documents"));
        // listed before an earlier run's pages are removed: an input among them is refused, not deleted
        List<Path> files = Tagging.files(spec.commandLine(), selection, inputs, out,
                List.of("index.html", "graph.html", "documents", "assets"));
        Path pages = out.resolve("documents");
        if (Files.isDirectory(pages)) {
            // an earlier run's pages would otherwise stay beside this run's, listed by no index
            try (Stream<Path> old = Files.list(pages)) {
                for (Path page : old.filter(p -> p.getFileName().toString().endsWith(".html")).toList()) {
                    Files.delete(page);
                }
            }
        }
        try {
            return render(err, pages, files);
        } catch (OutOfMemoryError e) {
            return Main.outOfMemory(err, "the pages of the documents finished before it are in " + pages
                    + "; index.html and graph.html are not written");
        }
    }

    private int render(PrintWriter err, Path pages, List<Path> files) throws IOException {
        KnowledgeGraph graph = new KnowledgeGraph();
        List<IndexPage.Entry> entries = new ArrayList<>();
        Map<String, String> links = new HashMap<>();
        Set<String> names = new HashSet<>();
        long failed = Tagging.run(spec.commandLine(), selection, model, files, t -> {
            graph.add(t);
            if (entries.isEmpty()) {
                Files.createDirectories(pages);
            }
            String name = fileName(t.id(), names);
            Files.writeString(pages.resolve(name), DocumentPage.render(t.id(), t.text(), t.mentions()),
                    StandardCharsets.UTF_8);
            Map<EntityType, Integer> byType = new TreeMap<>((a, b) -> a.name().compareTo(b.name()));
            t.mentions().forEach(m -> byType.merge(m.type(), 1, Integer::sum));
            entries.add(new IndexPage.Entry(t.id(), "documents/" + name, byType));
            links.put(t.id(), "documents/" + name);
        }).failed();
        if (entries.isEmpty()) {
            return Tagging.nothingTagged(err, failed, out);
        }
        Files.writeString(out.resolve("graph.html"),
                GraphPage.render(graph, "Entities of " + entries.size() + " documents", links, maxNodes),
                StandardCharsets.UTF_8);
        GraphPage.writeLibrary(out);
        Files.writeString(out.resolve("index.html"), IndexPage.render("Documents", "graph.html", entries),
                StandardCharsets.UTF_8);
        if (!selection.quiet) {
            err.printf("entitas: %d documents (%d failed): wrote %s/index.html, graph.html and %d document pages%n",
                    entries.size() + failed, failed, out, entries.size());
            err.flush();
        }
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /**
     * A file name for a document's page: its id with anything but letters, digits, '.', '-' and '_' made
     * '_', its end kept to at most 150 UTF-8 bytes, and a number added when another page has the name in any
     * case (file systems that ignore case would otherwise give two documents one page).
     */
    static String fileName(String id, Set<String> taken) {
        String base = id.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+", "");
        int from = base.length();
        int bytes = 0;
        while (from > 0) {
            int cp = base.codePointBefore(from);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > 150) {
                break;
            }
            bytes += size;
            from -= Character.charCount(cp);
        }
        base = base.substring(from);
        if (base.isEmpty()) {
            base = "document";
        }
        String name = base + ".html";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + ".html";
        }
        return name;
    }
}
