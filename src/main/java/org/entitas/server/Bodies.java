package org.entitas.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reading request bodies: at most a given size, strictly UTF-8. Stateless. */
final class Bodies {

    private Bodies() {
    }

    /** The body's bytes; 413 if it is longer than {@code max} (by its Content-Length or as read). */
    static byte[] read(HttpExchange exchange, long max) throws IOException, HttpError {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new HttpError(400, "Content-Length is not a number: " + declared);
            }
            if (length > max) {
                throw tooLarge(max);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + (long) n > max) {
                    throw tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static HttpError tooLarge(long max) {
        return new HttpError(413, "the request body is larger than the limit of " + max + " bytes");
    }

    /** The bytes as UTF-8; 400 naming the byte offset of the first byte that is not. */
    static String utf8(byte[] bytes) throws HttpError {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new HttpError(400, "the request body is not UTF-8: invalid byte at offset " + in.position());
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw new HttpError(400, "the request body is not UTF-8: invalid byte at offset " + in.position());
        }
        return out.flip().toString();
    }
}
