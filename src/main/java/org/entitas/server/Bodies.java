package org.entitas.server;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding request bodies: strictly UTF-8. Stateless. */
final class Bodies {

    private Bodies() {
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
