package org.entitas.server;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.entitas.EntityExtractor;
import org.entitas.internal.OptionalDependency;

/**
 * Entity extraction over HTTP, on Jetty (an optional dependency, {@code org.eclipse.jetty:jetty-server}):
 * {@code POST /v1/extract},
 * {@code POST /v1/extract/batch}, {@code GET /v1/model}, {@code GET /health}, {@code GET /ready} and a page at
 * {@code GET /} (the README's "HTTP server" and {@code openapi.yaml} describe them).
 *
 * <pre>{@code
 * EntityServer server = EntityServer.builder(EntityExtractor.indonesian()).port(8080).start();
 * // ... POST http://127.0.0.1:8080/v1/extract
 * server.stop(Duration.ofSeconds(10));   // finishes the requests in flight
 * }</pre>
 *
 * <p>At most {@code threads} documents are tagged at once and {@code threads + queue} requests are admitted; the
 * others get 503 with {@code Retry-After}. Slow or malicious clients cannot exhaust it: request heads and bodies are
 * read without holding a thread; a connection must send its request head within {@code headerTimeout} and a body
 * must arrive within {@code bodyTimeout} (408); one address holds at most {@code maxConnectionsPerClient}
 * connections and all together at most {@code maxConnections}; {@code /health} and {@code /ready} are answered at
 * once, never queued behind extraction requests. A server is thread-safe; {@link #stop} may be called from any thread
 * (a shutdown hook), more than once.
 */
public final class EntityServer implements AutoCloseable {

    /** What the handlers need to know besides the extraction. */
    record Settings(String modelSource, Optional<String> token, long maxBodyBytes, long maxBatchBytes) {
    }

    private final Server http;
    private final ServerConnector connector;
    private final ExecutorService requests;
    private final Extraction extraction;
    private final Router router;
    private final CompletableFuture<EntityExtractor> extractor;
    private boolean stopped;

    private EntityServer(Server http, ServerConnector connector, ExecutorService requests, Extraction extraction,
            Router router, CompletableFuture<EntityExtractor> extractor) {
        this.http = http;
        this.connector = connector;
        this.requests = requests;
        this.extraction = extraction;
        this.router = router;
        this.extractor = extractor;
    }

    /** Returns a builder for a server over {@code extractor}, ready as soon as it starts. */
    public static Builder builder(EntityExtractor extractor) {
        requireNonNull(extractor, "extractor must not be null");
        return new Builder(() -> extractor);
    }

    /**
     * Returns a builder for a server that answers at once and loads its extractor in the background: until it is
     * loaded, {@code /ready} and the extraction endpoints answer 503. See {@link #ready()}.
     */
    public static Builder loading(Callable<EntityExtractor> loader) {
        return new Builder(requireNonNull(loader, "loader must not be null"));
    }

    /** The port the server listens on (the one chosen by the system when built with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    /** Completes with the extractor once loaded, or exceptionally with the reason it could not be. */
    public CompletableFuture<EntityExtractor> ready() {
        return extractor.copy();
    }

    /** Requests admitted and not yet answered; for tests. */
    int inFlight() {
        return extraction.inFlight();
    }

    /**
     * Stops: answers every new request 503 (connection closed), lets the requests in flight finish for up to
     * {@code grace}, then closes the listener and every connection and stops the workers. Does nothing the
     * second time.
     */
    public synchronized void stop(Duration grace) {
        requireNonNull(grace, "grace must not be null");
        if (stopped) {
            return;
        }
        stopped = true;
        router.stopping();
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            while (router.active() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            http.stop();
        } catch (Exception e) {
            // stopping closes the listener and every connection; what fails in it leaves nothing to answer
        }
        requests.shutdown();
        extraction.shutdown();
    }

    /** Stops with a grace of 30 seconds. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    /** Daemon threads named {@code name-1}, {@code name-2}, ... */
    static ThreadFactory daemonThreads(String name) {
        return new ThreadFactoryBuilder().setDaemon(true).setNameFormat(name + "-%d").build();
    }

    /** Builds and starts an {@link EntityServer}. Setters return {@code this}; a builder is not thread-safe. */
    public static final class Builder {
        private final Callable<EntityExtractor> loader;
        private String host = "127.0.0.1";
        private int port = 8080;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int queue = 128;
        private long maxBodyBytes = 1 << 20;
        private long maxBatchBytes = 64L << 20;
        private Duration timeout = Duration.ofSeconds(30);
        private Duration headerTimeout = Duration.ofSeconds(10);
        private Duration bodyTimeout = Duration.ofSeconds(30);
        private int maxConnections = 1024;
        private int maxConnectionsPerClient = 64;
        private Optional<String> token = Optional.empty();
        private String modelSource = "given by the program";

        private Builder(Callable<EntityExtractor> loader) {
            this.loader = loader;
        }

        /** The address to bind (default {@code 127.0.0.1}: this machine only). */
        public Builder host(String host) {
            this.host = requireNonNull(host, "host must not be null");
            return this;
        }

        /** The port (default 8080; 0 lets the system choose, see {@link EntityServer#port()}). */
        public Builder port(int port) {
            checkArgument(port >= 0 && port <= 65535, "port must be in [0, 65535]: %s", port);
            this.port = port;
            return this;
        }

        /** Documents tagged at once (default: the number of cores). */
        public Builder threads(int threads) {
            checkArgument(threads >= 1 && threads <= EntityExtractor.MAX_THREADS, "threads must be in [1, %s]: %s",
                    EntityExtractor.MAX_THREADS, threads);
            this.threads = threads;
            return this;
        }

        /** Requests admitted beyond {@code threads} to wait for a worker (default 128); more get 503. */
        public Builder queue(int queue) {
            checkArgument(queue >= 0 && queue <= 100_000, "queue must be in [0, 100000]: %s", queue);
            this.queue = queue;
            return this;
        }

        /** The largest body of {@code /v1/extract} and of the page, in bytes (default 1 MiB); more is 413. */
        public Builder maxBodyBytes(long max) {
            checkArgument(max >= 1, "maxBodyBytes must be positive: %s", max);
            this.maxBodyBytes = max;
            return this;
        }

        /** The largest body of {@code /v1/extract/batch}, in bytes (default 64 MiB); more is 413. */
        public Builder maxBatchBytes(long max) {
            checkArgument(max >= 1, "maxBatchBytes must be positive: %s", max);
            this.maxBatchBytes = max;
            return this;
        }

        /** The time a document may take from its admission to its result (default 30 s); past it, 504. */
        public Builder timeout(Duration timeout) {
            requireNonNull(timeout, "timeout must not be null");
            checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive: %s", timeout);
            this.timeout = timeout;
            return this;
        }

        /**
         * The time a new connection has to send a whole request head (default 10 s); past it, the connection is
         * closed. A connection silent for longer than this and the body time limit is closed too.
         */
        public Builder headerTimeout(Duration timeout) {
            this.headerTimeout = positive(timeout, "headerTimeout");
            return this;
        }

        /** The time a request body has to arrive whole, from the end of its head (default 30 s); past it, 408. */
        public Builder bodyTimeout(Duration timeout) {
            this.bodyTimeout = positive(timeout, "bodyTimeout");
            return this;
        }

        /** Connections open at once, from all clients (default 1024); more wait to be accepted. */
        public Builder maxConnections(int max) {
            checkArgument(max >= 1 && max <= 100_000, "maxConnections must be in [1, 100000]: %s", max);
            this.maxConnections = max;
            return this;
        }

        /** Connections open at once from one address (default 64); one more is closed as soon as it opens. */
        public Builder maxConnectionsPerClient(int max) {
            checkArgument(max >= 1 && max <= 100_000, "maxConnectionsPerClient must be in [1, 100000]: %s", max);
            this.maxConnectionsPerClient = max;
            return this;
        }

        private static Duration positive(Duration d, String name) {
            requireNonNull(d, name + " must not be null");
            checkArgument(!d.isNegative() && !d.isZero(), "%s must be positive: %s", name, d);
            return d;
        }

        /** Requires {@code Authorization: Bearer TOKEN} on every path but {@code /health} and {@code /ready}. */
        public Builder token(String token) {
            requireNonNull(token, "token must not be null");
            checkArgument(!token.isBlank(), "token must not be blank");
            this.token = Optional.of(token);
            return this;
        }

        /** How {@code GET /v1/model} names the models ({@code bundled}, a directory, a file). */
        public Builder modelSource(String source) {
            this.modelSource = requireNonNull(source, "source must not be null");
            return this;
        }

        /**
         * Binds the address and starts answering.
         *
         * @throws IOException if the address cannot be bound (the port is taken, the host unknown)
         */
        public EntityServer start() throws IOException {
            OptionalDependency.JETTY.require("The HTTP server");
            CompletableFuture<EntityExtractor> extractor = new CompletableFuture<>();
            Extraction extraction = new Extraction(extractor, threads, queue, timeout);
            Router router = new Router(extraction, new Settings(modelSource, token, maxBodyBytes, maxBatchBytes));
            // a thread per admitted request and a few for answers of 503: a request waits for a worker in the
            // admission, never unseen in an executor's queue. Heads and bodies are read before, without a thread
            int handlers = threads + queue + 4;
            ThreadPoolExecutor requests = new ThreadPoolExecutor(handlers, handlers, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), daemonThreads("entitas-http"));
            requests.allowCoreThreadTimeOut(true);
            // Jetty's own threads: accepting, the selector, and the quick answers (/health, /ready, errors)
            QueuedThreadPool jettyThreads = new QueuedThreadPool(16, 2);
            jettyThreads.setName("entitas-jetty");
            jettyThreads.setDaemon(true);
            Server http = new Server(jettyThreads);
            HttpConfiguration config = new HttpConfiguration();
            config.setSendServerVersion(false);
            config.setSendXPoweredBy(false);
            ServerConnector connector = new ServerConnector(http, 1, 1, new HttpConnectionFactory(config));
            connector.setHost(host);
            connector.setPort(port);
            connector.setAcceptQueueSize(256);
            // a silent connection is closed after the longer time limit, so that a body's own limit answers 408
            connector.setIdleTimeout(Math.max(headerTimeout.toMillis(), bodyTimeout.toMillis()));
            ClientLimits limits = new ClientLimits(maxConnectionsPerClient, headerTimeout, http.getScheduler());
            connector.addBean(limits);
            http.addConnector(connector);
            http.addBean(new NetworkConnectionLimit(maxConnections, connector));
            http.setErrorHandler(new JsonErrors());
            http.setHandler(new Dispatch(router, requests, limits, bodyTimeout));
            try {
                http.start();
            } catch (IOException e) {
                stopQuietly(http);
                throw e;
            } catch (Exception e) {
                stopQuietly(http);
                throw new IOException("cannot start the server on " + host + ":" + port + ": " + e.getMessage(), e);
            }
            Thread load = new Thread(() -> {
                try {
                    extractor.complete(loader.call());
                } catch (OutOfMemoryError e) {
                    // a model that inflates past the heap: /ready says so instead of "loading" for ever
                    extractor.completeExceptionally(new IOException("the models need more memory than the heap"
                            + " has (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB); a model file that"
                            + " inflates to gigabytes is not a model", e));
                } catch (Throwable e) {
                    extractor.completeExceptionally(e);
                }
            }, "entitas-model-loader");
            load.setDaemon(true);
            load.start();
            return new EntityServer(http, connector, requests, extraction, router, extractor);
        }

        private static void stopQuietly(Server http) {
            try {
                http.stop();
            } catch (Exception ignored) {
                // it did not start: nothing of it is left to stop
            }
        }
    }
}
