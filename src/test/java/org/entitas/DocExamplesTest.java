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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command shown in a {@code ```console} block of {@code README.md} and of the pages of {@code docs/} runs and
 * prints exactly the output shown under it. In such a block a line {@code $ command} (continued by lines after a
 * trailing backslash) is run by bash in a {@link DocShell}, and the lines up to the next {@code $} line are what it
 * prints, standard error included; a command that ends with a non-zero exit code shows it as a last line
 * {@code (exit code N)}. Each block runs in a directory of its own, its commands in order.
 *
 * <p>The outputs depend on the bundled models' exact confidences. After a retraining, refresh them from a real run:
 * {@code ENTITAS_REFRESH_EXAMPLES=1 mvn -B test -Dtest=DocExamplesTest} writes each command's output into the file
 * in place of the one shown (then read the diff: a changed entity may need a changed sentence around it).
 */
class DocExamplesTest {

    private static final boolean REFRESH = "1".equals(System.getenv("ENTITAS_REFRESH_EXAMPLES"));

    /** A {@code $} line: the file, the line of the command, its text, and the lines shown as its output. */
    record Example(Path file, int line, String command, int outputStart, int outputEnd, List<String> shown) {
    }

    /** A {@code ```console} block: its examples, run in order in one directory. */
    record Block(Path file, int line, List<Example> examples) {
    }

    static List<Block> blocks(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```console")) {
                continue;
            }
            int blockLine = i + 1;
            List<Example> examples = new ArrayList<>();
            i++;
            while (!lines.get(i).strip().equals("```")) {
                if (!lines.get(i).startsWith("$ ")) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": a console block starts with a $ line");
                }
                int commandLine = i + 1;
                StringBuilder command = new StringBuilder(lines.get(i).substring(2));
                while (lines.get(i).endsWith("\\")) {
                    command.append('\n').append(lines.get(++i));
                }
                int start = ++i;
                while (!lines.get(i).startsWith("$ ") && !lines.get(i).strip().equals("```")) {
                    i++;
                }
                examples.add(new Example(file, commandLine, command.toString(), start, i,
                        List.copyOf(lines.subList(start, i))));
            }
            out.add(new Block(file, blockLine, examples));
        }
        return out;
    }

    static List<Block> allBlocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (Path file : ReadmeJavaTest.documents()) {
            blocks.addAll(blocks(file));
        }
        return blocks;
    }

    @TempDir
    static Path dir;

    private static final List<DocShell> shells = new ArrayList<>();

    private static DocShell shell(Block block) throws IOException {
        Path home = Files.createDirectories(dir.resolve(shells.size() + "-" + block.file().getFileName()));
        DocShell shell = new DocShell(home);
        shells.add(shell);
        return shell;
    }

    /** What a command printed, as the documentation shows it: its lines, and a non-zero exit code after them. */
    static List<String> printed(DocShell.Run run) {
        List<String> lines = new ArrayList<>(run.output().isEmpty() ? List.of()
                : List.of(run.output().replaceFirst("\r?\n$", "").split("\r?\n", -1)));
        if (run.exitCode() != 0) {
            lines.add("(exit code " + run.exitCode() + ")");
        }
        return lines;
    }

    @BeforeAll
    static void refreshWhenAsked() throws Exception {
        if (!REFRESH) {
            return;
        }
        for (Path file : ReadmeJavaTest.documents()) {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            List<Example> examples = new ArrayList<>();
            List<List<String>> outputs = new ArrayList<>();
            for (Block block : blocks(file)) {
                DocShell shell = shell(block);
                for (Example e : block.examples()) {
                    examples.add(e);
                    outputs.add(printed(shell.run(e.command(), Map.of())));
                }
            }
            for (int k = examples.size() - 1; k >= 0; k--) {     // from the end, so earlier line numbers hold
                Example e = examples.get(k);
                lines.subList(e.outputStart(), e.outputEnd()).clear();
                lines.addAll(e.outputStart(), outputs.get(k));
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stopServers() {
        shells.forEach(DocShell::close);
    }

    @TestFactory
    Stream<DynamicTest> everyShownCommandPrintsWhatIsShown() throws IOException {
        List<Block> blocks = allBlocks();
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        assertThat(blocks).anyMatch(b -> b.file().equals(Path.of("README.md")));
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.file() + ":" + b.line(), () -> {
            DocShell shell = shell(b);
            for (Example e : b.examples()) {
                assertThat(printed(shell.run(e.command(), Map.of())))
                        .as("%s:%d: %s (ENTITAS_REFRESH_EXAMPLES=1 writes the output a run gives)", e.file(),
                                e.line(), e.command())
                        .containsExactlyElementsOf(e.shown());
            }
        }));
    }
}
