package org.entitas.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.concurrent.Callable;
import org.entitas.model.ModelCard;
import org.entitas.model.QuietLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entitas} command: {@code tag}, {@code train}, {@code evaluate}, {@code graph}, {@code render}, {@code serve}.
 *
 * <p>Exit codes: {@link #OK}, {@link #SOME_FAILED} when some inputs were skipped, {@link #USAGE} for bad
 * arguments, {@link #ERROR} when the run could not be done, {@link #OUT_OF_MEMORY} when it ran out of memory. Each run builds its own command objects, so
 * concurrent runs share nothing.
 */
@Command(name = "entitas", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Finds persons, locations and organizations in Indonesian text.")
public final class Main implements Callable<Integer> {

    /** Everything was done. */
    public static final int OK = 0;
    /** The run finished, but some inputs failed and were skipped (they are reported). */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The run could not be done: a model, a file or the data was bad, or the output could not be written. */
    public static final int ERROR = 3;
    /**
     * The run stopped because Java ran out of memory; the output holds every record finished before, and
     * {@code --resume} continues after them.
     */
    public static final int OUT_OF_MEMORY = 4;

    /**
     * The subcommands, in the order the help lists them. Not declared in {@code @Command}: picocli would build the
     * model of each one (by reflection over its options, mixins and converters) before parsing. A run whose first
     * argument names a command builds that one only (see {@link #named}); no arguments, {@code help}, an option or an
     * unknown word get all of them, so their help and messages are unchanged.
     * This shortens the start of a one-sentence run ({@code docs/performance.md} has the figures).
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(TagCommand.class, TrainCommand.class,
            EvaluateCommand.class, GraphCommand.class, RenderCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Runs the command line with the given arguments and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        boolean[] reported = {false};
        CommandLine.IExecutionExceptionHandler handler = cli.getExecutionExceptionHandler();
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            reported[0] = true;
            return handler.handleExecutionException(e, commandLine, parseResult);
        });
        int code = cli.execute(args);
        out.flush();
        if (out.checkError()) {
            // said once: a run that failed on it said it already
            if (!reported[0] || code != ERROR) {
                err.println("entitas: could not write the output (closed or full)");
            }
            code = ERROR;
        }
        err.flush();
        return code;
    }

    /** The command line for these arguments: with only the subcommand that the first one names, if it names one. */
    static CommandLine commandLine(String... arguments) {
        CommandLine cli = new CommandLine(new Main());
        Class<?> named = arguments.length == 0 ? null : named(arguments[0]);
        for (Class<?> sub : named != null ? List.of(named) : SUBCOMMANDS) {
            cli.addSubcommand(sub);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("entitas: " + describe(e));
            return ERROR;
        });
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : ERROR);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine sub = e.getCommandLine();
            PrintWriter err = sub.getErr();
            err.println("entitas: " + e.getMessage());
            String path = qualifiedName(sub);
            err.println("Try 'entitas " + (path.isEmpty() ? "" : path + " ") + "--help' for the options.");
            err.flush();
            return USAGE;
        });
        return cli;
    }

    /**
     * The subcommand whose name (in its {@code @Command}) is {@code first}, or null; {@code help} is not one here,
     * since it needs the others.
     */
    static Class<?> named(String first) {
        return switch (first) {
            case "tag" -> TagCommand.class;
            case "train" -> TrainCommand.class;
            case "evaluate" -> EvaluateCommand.class;
            case "graph" -> GraphCommand.class;
            case "render" -> RenderCommand.class;
            case "serve" -> ServeCommand.class;
            default -> null;
        };
    }

    /** The subcommand path of a command line below the root ({@code train ner}); empty for the root. */
    private static String qualifiedName(CommandLine sub) {
        String name = sub.getCommandSpec().qualifiedName(" ");
        return name.startsWith("entitas") ? name.substring("entitas".length()).strip() : name;
    }

    /**
     * Reports that a run ran out of memory, saying what it leaves behind ({@code kept}) and how to go on; returns
     * {@link #OUT_OF_MEMORY}. Little memory is needed here: the failed allocation is given back by then.
     */
    static int outOfMemory(PrintWriter err, String kept) {
        err.println("entitas: out of memory: the run is stopped; " + kept
                + " (give Java more memory with -Xmx, or lower --threads or --max-document)");
        err.flush();
        return OUT_OF_MEMORY;
    }

    static String describe(Throwable e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            // the JDK's message of a missing or forbidden file is often the path alone
            String reason = f.getReason() != null ? f.getReason()
                    : e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e instanceof NotDirectoryException ? "not a directory"
                    : e instanceof DirectoryNotEmptyException ? "directory not empty"
                    : e.getClass().getSimpleName();
            return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + reason;
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    public static void main(String[] args) {
        QuietLogging.ensure();
        // not System.out: a PrintStream swallows write errors, and a full disk must not end in a success
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(
                FileDescriptor.out), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err,
                StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            // the card alone: the version is printed without loading the models (a second of start-up)
            String model;
            try {
                model = ModelCard.bundled().describe();
            } catch (IOException e) {
                model = "(its card cannot be read: " + e.getMessage() + ")";
            }
            return new String[] {"entitas " + (v == null ? "(development build)" : v), "bundled model: " + model};
        }
    }
}
