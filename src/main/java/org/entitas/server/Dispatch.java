package org.entitas.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The server's one Jetty handler. It chooses the endpoint from the request line and headers; answers
 * {@code /health}, {@code /ready} and errors at once, on the connection's thread; reads a body without holding a
 * thread (each piece as it arrives, within a size limit and a time limit); and only then hands the request to the
 * request pool, where it may wait for a worker. A client that sends its body slowly, or never, holds a connection
 * for at most {@code bodyTimeout}, and no thread. Thread-safe.
 */
final class Dispatch extends Handler.Abstract {

    private final Router router;
    private final ExecutorService requests;
    private final ClientLimits limits;
    private final Duration bodyTimeout;

    Dispatch(Router router, ExecutorService requests, ClientLimits limits, Duration bodyTimeout) {
        this.router = router;
        this.requests = requests;
        this.limits = limits;
        this.bodyTimeout = bodyTimeout;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        limits.requestBegun(request.getConnectionMetaData().getConnection());
        Exchange ex = new Exchange(request, response, callback);
        Router.Endpoint endpoint;
        try {
            endpoint = router.endpoint(ex);
        } catch (HttpError e) {
            Router.sendError(ex, e);
            return true;
        }
        if (endpoint.quick()) {
            router.answer(ex, endpoint);
        } else if (endpoint.maxBody() == 0) {
            submit(ex, endpoint);
        } else {
            try {
                declaredLength(ex, endpoint.maxBody());
            } catch (HttpError e) {
                ex.setHeader("Connection", "close");
                Router.sendError(ex, e);
                return true;
            }
            new Body(request, ex, endpoint).start();
        }
        return true;
    }

    /** Runs the endpoint on the request pool; 503 if the pool is shut down. */
    private void submit(Exchange ex, Router.Endpoint endpoint) {
        try {
            requests.execute(() -> router.answer(ex, endpoint));
        } catch (RejectedExecutionException e) {
            ex.setHeader("Connection", "close");
            Router.sendError(ex, new HttpError(503, "the server is stopping"));
        }
    }

    /** Checks the declared Content-Length, if any: 400 when it is not a number, 413 when it is over the limit. */
    private static void declaredLength(Exchange ex, long max) throws HttpError {
        String declared = ex.header("Content-Length");
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw new HttpError(400, "Content-Length is not a number: " + declared);
        }
        if (length > max) {
            throw Body.tooLarge(max);
        }
    }

    /**
     * Reads one request's body as it arrives, without blocking: each piece is copied when Jetty has it, then the
     * reader asks to be called again. Ends once: with the whole body (the endpoint goes to the request pool), or with
     * an error answered at once and the connection closed (413 past the size limit, 400 for a malformed body such as
     * a bad chunk size, 408 past the time limit).
     */
    private final class Body implements Runnable {
        private final Request request;
        private final Exchange ex;
        private final Router.Endpoint endpoint;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final AtomicBoolean ended = new AtomicBoolean();
        private Scheduler.Task deadline;

        Body(Request request, Exchange ex, Router.Endpoint endpoint) {
            this.request = request;
            this.ex = ex;
            this.endpoint = endpoint;
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(this::expire, bodyTimeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!ended.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                try {
                    if (Content.Chunk.isFailure(chunk)) {
                        // Jetty failed the request (a bad chunk size, a body cut off, the connection idle): failing
                        // the exchange with its failure lets Jetty answer it (400, or 408 when idle, from
                        // JsonErrors) and close
                        if (ended.compareAndSet(false, true)) {
                            deadline.cancel();
                            Throwable failure = chunk.getFailure();
                            boolean idle = failure instanceof TimeoutException
                                    || failure.getCause() instanceof TimeoutException;
                            ex.abort(idle ? new HttpException.RuntimeException(408, timeLimit(), failure) : failure);
                        }
                        return;
                    }
                    ByteBuffer piece = chunk.getByteBuffer();
                    if (bytes.size() + (long) piece.remaining() > endpoint.maxBody()) {
                        fail(tooLarge(endpoint.maxBody()));
                        return;
                    }
                    byte[] copy = new byte[piece.remaining()];
                    piece.get(copy);
                    bytes.write(copy, 0, copy.length);
                    if (chunk.isLast()) {
                        if (ended.compareAndSet(false, true)) {
                            deadline.cancel();
                            ex.body(bytes.toByteArray());
                            submit(ex, endpoint);
                        }
                        return;
                    }
                } finally {
                    chunk.release();
                }
            }
        }

        private void expire() {
            fail(new HttpError(408, timeLimit()));
        }

        private String timeLimit() {
            return "the request body did not arrive within the time limit of " + bodyTimeout.toMillis() + " ms ("
                    + bytes.size() + " bytes arrived)";
        }

        private void fail(HttpError e) {
            if (ended.compareAndSet(false, true)) {
                deadline.cancel();
                ex.setHeader("Connection", "close");
                Router.sendError(ex, e);
            }
        }

        static HttpError tooLarge(long max) {
            return new HttpError(413, "the request body is larger than the limit of " + max + " bytes");
        }
    }
}
