package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run whose first argument names a command builds that subcommand only; what it prints and its exit code are
 * those of the command line with every subcommand.
 */
class SubcommandsTest {

    @Test
    void eachNameBuildsItsOwnCommandAndHelpBuildsThemAll() {
        Map<String, CommandLine> all = Main.commandLine().getSubcommands();

        assertThat(all.keySet()).containsExactly("tag", "train", "evaluate", "graph", "render", "serve", "help");
        for (Map.Entry<String, CommandLine> sub : all.entrySet()) {
            String name = sub.getKey();
            if (name.equals("help")) {
                assertThat(Main.named(name)).isNull();
                assertThat(Main.commandLine(name).getSubcommands().keySet()).isEqualTo(all.keySet());
            } else {
                assertThat(Main.named(name)).isEqualTo(sub.getValue().getCommandSpec().userObject().getClass());
                assertThat(Main.commandLine(name, "--help").getSubcommands().keySet()).containsExactly(name);
            }
        }
        assertThat(Main.commandLine("--help").getSubcommands().keySet()).isEqualTo(all.keySet());
        assertThat(Main.commandLine("tga").getSubcommands().keySet()).isEqualTo(all.keySet());
    }

    @Test
    void aCommandBuiltAloneHelpsAndFailsAsAmongAllTheOthers() {
        List<List<String>> runs = List.of(
                List.of("tag", "--help"), List.of("tag", "--bogus"), List.of("tag", "--format", "xml"),
                List.of("tag", "--threads", "0", "nothing.txt"), List.of("tag", "-q", "--resume", "nothing.txt"),
                List.of("train"), List.of("train", "--help"), List.of("train", "ner", "--help"),
                List.of("train", "ner", "--recipe", "nope", "--train", "a", "--out", "b"), List.of("train", "nope"),
                List.of("evaluate", "--help"), List.of("evaluate", "--bogus"), List.of("graph", "--help"),
                List.of("graph", "--bogus"), List.of("render", "--help"), List.of("serve", "--help"),
                List.of("serve", "--port", "x"));
        for (List<String> run : runs) {
            String[] args = run.toArray(String[]::new);

            assertThat(Main.commandLine(args).getSubcommands()).hasSize(1);
            assertThat(outcome(Main.commandLine(args), args)).as(String.join(" ", run))
                    .isEqualTo(outcome(Main.commandLine(), args));
        }
    }

    /** The exit code, standard output and standard error of a run that stops before any model is loaded. */
    private static String outcome(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        assertThat(out.toString() + err.toString()).isNotEmpty();
        return code + "\n" + out + "\n--\n" + err;
    }
}
