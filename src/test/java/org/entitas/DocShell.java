package org.entitas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.entitas.server.EntityServer;

/**
 * A directory where the commands shown in the documentation run as a reader runs them: {@code ./entitas} is a
 * script that starts the command line of the classes under test, and {@code test-corpus/}, {@code models/},
 * {@code src/} and {@code docs/} are links to the repository's. A command is run by bash with standard error
 * joined to standard output; {@link #server()} starts, once, the server that examples reach at
 * {@code 127.0.0.1:8080}. Not thread-safe: one test class uses one shell.
 */
final class DocShell implements AutoCloseable {

    /** The address the documentation shows for {@code entitas serve}. */
    static final String SHOWN_ADDRESS = "127.0.0.1:8080";

    private final Path home;
    private EntityServer server;

    /** What a command printed (standard output and error, in order) and its exit code. */
    record Run(String output, int exitCode) {
    }

    DocShell(Path home) throws IOException {
        this.home = home;
        Path root = Path.of("").toAbsolutePath();
        for (String linked : List.of("test-corpus", "models", "src", "docs")) {
            Files.createSymbolicLink(home.resolve(linked), root.resolve(linked));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path launcher = home.resolve("entitas");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                // the test class path holds two SLF4J providers; the CLI jar holds one, slf4j-nop
                + " -Dslf4j.provider=org.slf4j.nop.NOPServiceProvider -cp '" + System.getProperty("java.class.path") + "' org.entitas.cli.Main \"$@\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    Path home() {
        return home;
    }

    /** Starts the server examples reach (the bundled models, as {@code entitas serve} with no options), once. */
    String server() throws IOException {
        if (server == null) {
            server = EntityServer.builder(EntityExtractor.indonesian()).port(0).start();
        }
        return "127.0.0.1:" + server.port();
    }

    /** Runs a command with bash in this directory; the shown server address is that of {@link #server()}. */
    Run run(String command, Map<String, String> environment) throws IOException, InterruptedException {
        String actual = command.contains(SHOWN_ADDRESS) ? command.replace(SHOWN_ADDRESS, server()) : command;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", actual).directory(home.toFile())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 5 minutes: " + command);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (server != null) {
            text = text.replace("127.0.0.1:" + server.port(), SHOWN_ADDRESS);
        }
        return new Run(text, p.exitValue());
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }
}
