package org.entitas.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself (a malformed request line, headers too large, a bad chunk size before the handler
 * reads the body) in the server's own shape, {@code {"error": "..."}} as JSON, naming no exception class. Thread-safe.
 */
final class JsonErrors extends ErrorHandler {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return ByteBuffer.wrap(body(status, reason));
    }

    /** {@code {"error": "400 Bad Request: reason"}} with a line break. */
    static byte[] body(int status, String reason) {
        String words = HttpStatus.getMessage(status);
        String text = status + " " + words + (reason == null || reason.isBlank() || reason.equals(words) ? ""
                : ": " + plain(reason));
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("error", text);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A message with the names of Java classes ({@code org.eclipse.jetty.http.BadMessageException: }) taken out. */
    private static String plain(String message) {
        return message.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:? ?", "")
                .replaceAll("\\b[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:? ?", "").strip();
    }
}
