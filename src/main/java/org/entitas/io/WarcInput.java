package org.entitas.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.google.common.collect.AbstractIterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.entitas.Document;
import org.entitas.Failure;
import org.entitas.Input;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML responses of a WARC file (plain or gzip-compressed) through jwarc; other records (requests,
 * metadata, images) are not documents and are passed over. Not thread-safe.
 */
final class WarcInput {

    private WarcInput() {
    }

    /**
     * The HTML pages of a WARC file or stream, named {@code fileId}, each at most {@code maxDocument} bytes; a file
     * with no HTML page at all is one
     * failure, as an empty archive is.
     */
    static Stream<Input> read(WarcReader reader, String fileId, long maxDocument) {
        reader.setLenient(true);
        Iterator<Input> records = new AbstractIterator<>() {
            private boolean done;
            private boolean any;

            @Override
            protected Input computeNext() {
                while (!done) {
                    Optional<WarcRecord> r;
                    try {
                        r = reader.next();
                    } catch (IOException | RuntimeException e) {
                        done = true;
                        return new Failure(fileId, fileId + ": corrupt WARC record at byte "
                                + reader.position() + ", the rest is not read (" + e.getMessage() + ")");
                    }
                    if (r.isEmpty()) {
                        done = true;
                        if (!any) {
                            return new Failure(fileId, fileId + ": no HTML response in it (empty or not a WARC file)");
                        }
                    } else if (r.get() instanceof WarcResponse response) {
                        Input page = html(response, fileId + "@" + reader.position(), maxDocument);
                        if (page != null) {
                            any = true;
                            return page;
                        }
                    }
                }
                return endOfData();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
                .onClose(() -> Inputs.closeQuietly(reader));
    }

    /**
     * The document of an HTML response, a failure if it has no text, is too large or has a malformed or blank
     * WARC-Record-ID (named then by {@code position}, the file and the record's byte offset), or null if it is not
     * HTML.
     */
    private static Input html(WarcResponse response, String position, long maxDocument) {
        String id;
        try {
            id = response.id().toString();
            if (id.isBlank()) {
                throw new IllegalArgumentException("blank");
            }
        } catch (RuntimeException e) {
            return new Failure(position, position + ": malformed WARC-Record-ID "
                    + response.headers().first("WARC-Record-ID").orElse("(none)") + " (" + e.getMessage() + ")");
        }
        try {
            Optional<WarcPayload> payload = response.payload();
            if (payload.isEmpty()) {
                return null;
            }
            MediaType type = payload.get().type().base();
            if (!type.subtype().equals("html") && !type.subtype().equals("xhtml+xml")) {
                return null;
            }
            String url = response.target();
            String charset = payload.get().type().parameters().get("charset");
            String text;
            byte[] bytes;
            try (InputStream body = payload.get().body().stream()) {
                bytes = Bounded.readAll(body, maxDocument, id, "the document limit (--max-document)");
            }
            text = HtmlText.of(new ByteArrayInputStream(bytes), charset, url);
            if (text.isBlank()) {
                return new Failure(id, id + ": HTML page with no text (" + url + ")");
            }
            String quotedUrl = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(url)) + "\"";
            return new Document(id, text, Map.of("url", quotedUrl));
        } catch (IOException | RuntimeException e) {
            return Inputs.failure(id, e);
        }
    }
}
