package org.entitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```python} recipe of {@code docs/python.md} runs and prints exactly the {@code ```text} block under
 * it. The recipes run in one {@link DocShell} where the files the page's commands make are there
 * ({@code tagged.jsonl}, {@code graph/}), with {@code ENTITAS_URL} the address of a real {@code entitas serve}. A
 * recipe whose first line is {@code # needs: graphml} runs once networkx loads the GraphML that {@code graph} writes,
 * and is skipped until then. Needs a Python 3 with networkx and rdflib (Debian's {@code /usr/bin/python3} with
 * {@code python3-networkx} and {@code python3-rdflib}); without one the test is skipped, and fails under
 * {@code ENTITAS_REQUIRE_PYTHON=1} (as {@code .ci/run} sets it).
 *
 * <p>{@code ENTITAS_REFRESH_EXAMPLES=1 mvn -B test -Dtest=PythonRecipesTest} writes each recipe's output into the page
 * in place of the one shown, as {@link DocExamplesTest} does for commands.
 */
class PythonRecipesTest {

    private static final Path PAGE = Path.of("docs/python.md");
    private static final boolean REFRESH = "1".equals(System.getenv("ENTITAS_REFRESH_EXAMPLES"));

    /** A recipe: its code, the line of its first line, and the lines of the text block under it. */
    record Recipe(int line, String code, int outputStart, int outputEnd, List<String> shown) {
        boolean needsGraphMl() {
            return code.startsWith("# needs: graphml");
        }
    }

    static List<Recipe> recipes(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Recipe> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```python")) {
                continue;
            }
            int first = i + 1;
            StringBuilder code = new StringBuilder();
            for (i = first; !lines.get(i).strip().equals("```"); i++) {
                code.append(lines.get(i)).append('\n');
            }
            do {
                i++;
            } while (lines.get(i).isBlank());
            if (!lines.get(i).strip().equals("```text")) {
                throw new IllegalStateException(page + ":" + (first) + ": a python block is followed by a text block");
            }
            int start = i + 1;
            for (i = start; !lines.get(i).strip().equals("```"); i++) {
                // the shown output
            }
            out.add(new Recipe(first + 1, code.toString(), start, i, List.copyOf(lines.subList(start, i))));
        }
        return out;
    }

    @TempDir
    static Path dir;

    private static DocShell shell;
    private static String python;
    private static Map<String, String> environment;

    @BeforeAll
    static void prepare() throws Exception {
        python = Stream.of("/usr/bin/python3", "python3").filter(PythonRecipesTest::hasModules).findFirst()
                .orElse(null);
        if (python == null) {
            String why = "no python3 with networkx and rdflib (apt-get install python3-networkx python3-rdflib)";
            if ("1".equals(System.getenv("ENTITAS_REQUIRE_PYTHON"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        shell = new DocShell(dir);
        for (String command : List.of("./entitas tag -q --offsets codepoints --include '*.txt' -o tagged.jsonl"
                + " test-corpus/", "./entitas graph -q --include '*.txt' -o graph test-corpus/")) {
            DocShell.Run run = shell.run(command, Map.of());
            assertThat(run.exitCode()).as(command + ": " + run.output()).isZero();
        }
        environment = Map.of("ENTITAS_URL", "http://" + shell.server());
        if (REFRESH) {
            List<String> lines = new ArrayList<>(Files.readAllLines(PAGE, StandardCharsets.UTF_8));
            List<Recipe> recipes = recipes(PAGE);
            for (int k = recipes.size() - 1; k >= 0; k--) {
                Recipe r = recipes.get(k);
                if (r.needsGraphMl() && !graphMlLoads()) {
                    continue;
                }
                List<String> printed = DocExamplesTest.printed(run(r));
                lines.subList(r.outputStart(), r.outputEnd()).clear();
                lines.addAll(r.outputStart(), printed);
            }
            Files.write(PAGE, lines, StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        if (shell != null) {
            shell.close();
        }
    }

    private static boolean hasModules(String candidate) {
        try {
            Process p = new ProcessBuilder(candidate, "-c", "import networkx, rdflib").redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean graphMlLoads() throws IOException, InterruptedException {
        return shell.run(python + " -c \"import networkx; networkx.read_graphml('graph/graph.graphml')\"", Map.of())
                .exitCode() == 0;
    }

    private static DocShell.Run run(Recipe recipe) throws IOException, InterruptedException {
        Path script = Files.writeString(dir.resolve("recipe-" + recipe.line() + ".py"), recipe.code());
        return shell.run(python + " " + script.getFileName(), environment);
    }

    @TestFactory
    Stream<DynamicTest> everyRecipePrintsWhatIsShown() throws IOException {
        List<Recipe> recipes = recipes(PAGE);
        assertThat(recipes).hasSizeGreaterThanOrEqualTo(5);
        return recipes.stream().map(r -> DynamicTest.dynamicTest(PAGE + ":" + r.line(), () -> {
            if (r.needsGraphMl()) {
                Assumptions.assumeTrue(graphMlLoads(), "networkx does not load graph.graphml yet");
            }
            DocShell.Run run = run(r);
            // a recipe that fails is broken, whatever output the page shows for it
            assertThat(run.exitCode()).as("%s:%d exits with %d: %s", PAGE, r.line(), run.exitCode(), run.output())
                    .isZero();
            assertThat(DocExamplesTest.printed(run)).as("%s:%d (ENTITAS_REFRESH_EXAMPLES=1 writes the output"
                    + " a run gives)", PAGE, r.line()).containsExactlyElementsOf(r.shown());
        }));
    }
}
