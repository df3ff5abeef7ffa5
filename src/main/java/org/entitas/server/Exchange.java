package org.entitas.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

/**
 * One request and its answer, as the {@link Router} sees them: method, path, query, headers and the body read
 * beforehand; an answer sent whole ({@link #send}) or streamed ({@link #stream}). Ending the answer, or
 * {@link #abort}, ends the exchange once. Used by one thread at a time.
 */
final class Exchange {

    private static final byte[] NO_BODY = new byte[0];

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final AtomicBoolean ended = new AtomicBoolean();
    private byte[] body = NO_BODY;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    String method() {
        return request.getMethod();
    }

    /** The path, decoded. */
    String path() {
        String path = request.getHttpURI().getDecodedPath();
        return path == null ? "/" : path;
    }

    /** The query as sent (not decoded), or null. */
    String rawQuery() {
        return request.getHttpURI().getQuery();
    }

    /** The first value of a request header, or null. */
    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The request's body, read before the endpoint runs (empty when it takes none). */
    byte[] body() {
        return body;
    }

    void body(byte[] bytes) {
        this.body = bytes;
    }

    /** Sets a response header, before the answer is sent. */
    void setHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** Whether the answer has begun (its status and headers sent or committed). */
    boolean committed() {
        return response.isCommitted();
    }

    /** Sends the whole answer and ends the exchange; blocks until it is written. */
    void send(int status, String type, byte[] bytes) throws IOException {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        try (Blocker.Callback written = Blocker.callback()) {
            response.write(true, ByteBuffer.wrap(bytes), written);
            written.block();
        } catch (IOException | RuntimeException e) {
            abort(e);
            throw e;
        }
        end();
    }

    /**
     * Begins an answer of unknown length; closing the stream ends the exchange. Each flush sends what was written
     * (a batch sends each line as soon as it is done).
     */
    OutputStream stream(int status, String type) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        OutputStream out = Content.Sink.asOutputStream(response);
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException | RuntimeException e) {
                    abort(e);
                    throw e;
                }
                end();
            }
        };
    }

    /** Ends the exchange without an answer, or with the part already sent: the connection is closed. */
    void abort(Throwable why) {
        if (ended.compareAndSet(false, true)) {
            callback.failed(why);
        }
    }

    private void end() {
        if (ended.compareAndSet(false, true)) {
            callback.succeeded();
        }
    }
}
