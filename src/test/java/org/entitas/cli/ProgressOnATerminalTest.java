package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entitas tag} in a real pseudo-terminal (util-linux {@code script}), its standard output redirected to a
 * file: the progress is a bar redrawn in place, no wider than the terminal, not a line every ten seconds.
 */
class ProgressOnATerminalTest {

    @Test
    @Timeout(120)
    void withStandardOutputRedirectedTheBarIsDrawnInPlaceWithinTheTerminalWidth(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is needed for a terminal");
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(in.resolve("d" + i + ".txt"), "Presiden Joko Widodo tiba di Bandung, hari ke-" + i + ".");
        }
        Path output = dir.resolve("out.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = quote(java) + " -cp " + quote(System.getProperty("java.class.path"))
                + " org.entitas.cli.Main tag --threads 1 " + quote(in.toString()) + " > " + quote(output.toString());
        Path typescript = dir.resolve("typescript");
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", command, typescript.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(dir.resolve("script-out").toFile()).redirectErrorStream(true);
        builder.environment().put("COLUMNS", "40");
        Process p = builder.start();
        assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("script-out"))).isZero();

        assertThat(Files.readAllLines(output)).hasSize(30);
        String terminal = Files.readString(typescript, StandardCharsets.UTF_8);
        // the bar: drawn after a carriage return and erased to the end of the line, in at most 39 of 40 columns (the
        // whole line, bar included, would take 90), never as the plain lines of a log
        assertThat(terminal).contains("\r30/30 documents, ").contains("\u001b[K");
        assertThat(terminal).doesNotContain("entitas: 30/30 documents");
        List<String> draws = Arrays.stream(terminal.split("\r")).filter(d -> d.contains(" failed")
                && !d.contains("entitas:")).map(d -> d.replace("\u001b[K", "").replace("\n", "")).toList();
        assertThat(draws).isNotEmpty().allSatisfy(d -> assertThat(d.length()).as(d).isLessThanOrEqualTo(39));
        assertThat(terminal).contains("documents: 30 read, 30 tagged, 0 failed");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
