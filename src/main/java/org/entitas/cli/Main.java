package org.entitas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entitas} command: {@code tag}, {@code train}, {@code evaluate}, {@code graph}, {@code render}, {@code serve}.
 *
 * <p>Exit codes: {@link #OK}, {@link #SOME_FAILED} when some inputs were skipped, {@link #USAGE} for bad
 * arguments, {@link #ERROR} when the run could not be done. Each run builds its own command objects, so
 * concurrent runs share nothing.
 */
@Command(name = "entitas", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Finds persons, locations and organizations in Indonesian text.",
        subcommands = {TagCommand.class, TrainCommand.class, EvaluateCommand.class, GraphCommand.class, RenderCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    /** Everything was done. */
    public static final int OK = 0;
    /** The run finished, but some inputs failed and were skipped (they are reported). */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The run could not be done: a model, a file or the data was bad. */
    public static final int ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Runs the command line with the given arguments and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        if (out.checkError()) {
            err.println("entitas: could not write the output (closed or full)");
            code = ERROR;
        }
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("entitas: " + describe(e));
            return ERROR;
        });
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : ERROR);
        return cli;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
                java.nio.charset.StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
                java.nio.charset.StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"entitas " + (v == null ? "(development build)" : v)};
        }
    }
}
