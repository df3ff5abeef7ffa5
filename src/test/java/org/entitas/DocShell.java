package org.entitas;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A directory where the commands shown in the documentation run as a reader runs them: {@code ./entitas} is a
 * script that starts the command line of the classes under test, and {@code test-corpus/}, {@code models/},
 * {@code src/} and {@code docs/} are links to the repository's ({@code test-corpus/} a copy). A command is run by
 * bash with standard error joined to standard output; {@link #server()} starts, once, the {@code entitas serve}
 * that examples reach at {@code 127.0.0.1:8080}. Not thread-safe: one test uses one shell.
 */
final class DocShell implements AutoCloseable {

    /** The address the documentation shows for {@code entitas serve}. */
    static final String SHOWN_ADDRESS = "127.0.0.1:8080";

    private final Path home;
    private Process server;
    private int serverPort;

    /** What a command printed (standard output and error, in order) and its exit code. */
    record Run(String output, int exitCode) {
    }

    DocShell(Path home) throws IOException {
        this.home = home;
        Path root = Path.of("").toAbsolutePath();
        for (String linked : List.of("models", "src", "docs")) {
            Files.createSymbolicLink(home.resolve(linked), root.resolve(linked));
        }
        // a copy, not a link: a directory given to tag is walked without following links
        try (Stream<Path> corpus = Files.list(root.resolve("test-corpus"))) {
            Path copy = Files.createDirectory(home.resolve("test-corpus"));
            for (Path f : (Iterable<Path>) corpus::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        // the CLI jar holds no SLF4J provider; the test class path has slf4j-nop and Spark's log4j binding
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("log4j-slf4j")
                        && !Path.of(entry).getFileName().toString().startsWith("slf4j-nop"))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path launcher = home.resolve("entitas");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                + " -cp '" + classPath + "' org.entitas.cli.Main \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    Path home() {
        return home;
    }

    /**
     * Starts, once, the server examples reach: {@code ./entitas serve} with no options but a free port, as a reader
     * starts it; returns its address when it is ready.
     */
    String server() throws IOException, InterruptedException {
        if (server == null) {
            int port;
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            }
            server = new ProcessBuilder("./entitas", "serve", "--port", String.valueOf(port)).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(home.resolve("serve.log").toFile()).start();
            serverPort = port;
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (true) {
                try {
                    HttpResponse<String> ready = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/ready")).build(), BodyHandlers.ofString());
                    if (ready.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("entitas serve did not get ready: "
                            + Files.readString(home.resolve("serve.log")));
                }
                Thread.sleep(200);
            }
        }
        return "127.0.0.1:" + serverPort;
    }

    /** Runs a command with bash in this directory; the shown server address is that of {@link #server()}. */
    Run run(String command, Map<String, String> environment) throws IOException, InterruptedException {
        String actual = command.contains(SHOWN_ADDRESS) ? command.replace(SHOWN_ADDRESS, server()) : command;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", actual).directory(home.toFile())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 5 minutes: " + command);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (server != null) {
            text = text.replace("127.0.0.1:" + serverPort, SHOWN_ADDRESS);
        }
        return new Run(text, p.exitValue());
    }

    @Override
    public void close() {
        if (server != null) {
            server.destroy();      // SIGTERM: the server stops gracefully
            try {
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
