package org.entitas.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.entitas.server.EntityServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entitas serve}: entity extraction over HTTP until SIGTERM or Ctrl-C, which stop taking connections and
 * let the requests in flight finish. Answers at once; the models load in the background ({@code /ready}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Entity extraction over HTTP: POST /v1/extract, POST /v1/extract/batch, GET /v1/model,"
                + " GET /health, GET /ready, and a page at GET / (see the README and /openapi.yaml)."})
final class ServeCommand implements Callable<Integer> {

    /** The environment variable read for the token when --token is not given. */
    static final String TOKEN_VARIABLE = "ENTITAS_TOKEN";

    @Spec
    CommandSpec spec;
    @Mixin
    ModelOptions model = new ModelOptions();
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free).")
    int port;
    @Option(names = "--threads", description = "Documents tagged at once (default: the number of cores).")
    Integer threads;
    @Option(names = "--queue", defaultValue = "128",
            description = "Requests that may wait for a worker; more get 503 (default: ${DEFAULT-VALUE}).")
    int queue;
    @Option(names = "--max-body", defaultValue = "1048576",
            description = "Largest body of /v1/extract in bytes; more gets 413 (default: ${DEFAULT-VALUE}).")
    long maxBody;
    @Option(names = "--max-batch", defaultValue = "67108864",
            description = "Largest body of /v1/extract/batch in bytes (default: ${DEFAULT-VALUE}).")
    long maxBatch;
    @Option(names = "--timeout", defaultValue = "30",
            description = "Seconds a document may take; past it, 504 (default: ${DEFAULT-VALUE}).")
    double timeout;
    @Option(names = "--token", description = "Require 'Authorization: Bearer TOKEN' (default: $" + TOKEN_VARIABLE
            + " if set). /health and /ready stay open.")
    String token;
    @Option(names = "--grace", defaultValue = "30",
            description = "Seconds given to requests in flight on shutdown (default: ${DEFAULT-VALUE}).")
    int grace;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        PrintWriter err = cli.getErr();
        String bearer = token != null ? token : System.getenv(TOKEN_VARIABLE);
        EntityServer.Builder b;
        try {
            b = EntityServer.loading(() -> model.extractor(cli)).host(host).port(port).queue(queue)
                    .maxBodyBytes(maxBody).maxBatchBytes(maxBatch)
                    .timeout(Duration.ofMillis(Math.round(timeout * 1000))).modelSource(source());
            if (threads != null) {
                b.threads(threads);
            }
            if (bearer != null && !bearer.isEmpty()) {
                b.token(bearer);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
        EntityServer server = b.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            err.println("entitas: stopping; waiting up to " + grace + " s for the requests in flight");
            err.flush();
            server.stop(Duration.ofSeconds(grace));
            stopped.countDown();
        }, "entitas-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        err.println("entitas: listening on http://" + hostForUrl() + ":" + server.port() + "/ (loading the models)");
        err.flush();
        try {
            server.ready().get();
        } catch (ExecutionException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            server.stop(Duration.ofSeconds(1));
            Throwable cause = e.getCause();
            if (cause instanceof CommandLine.ParameterException p) {
                throw p;
            }
            throw cause instanceof Exception x ? x : e;
        }
        err.println("entitas: ready");
        err.flush();
        stopped.await();
        return Main.OK;
    }

    private String source() {
        return model.source();
    }

    private String hostForUrl() {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
