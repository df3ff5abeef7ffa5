package org.entitas.server;

/** A request that ends with an error status and a message for the client; never carries a stack trace out. */
final class HttpError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String header;
    private final String headerValue;

    HttpError(int status, String message) {
        this(status, message, null, null);
    }

    HttpError(int status, String message, String header, String headerValue) {
        super(message, null, false, false);
        this.status = status;
        this.header = header;
        this.headerValue = headerValue;
    }

    /** The queue is full or the models are not loaded yet: try again in a second. */
    static HttpError busy(String message) {
        return new HttpError(503, message, "Retry-After", "1");
    }

    int status() {
        return status;
    }

    /** An extra response header ({@code Retry-After}, {@code Allow}, {@code WWW-Authenticate}), or null. */
    String header() {
        return header;
    }

    String headerValue() {
        return headerValue;
    }
}
