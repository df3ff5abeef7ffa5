package org.entitas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.AbstractIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entitas.Document;
import org.entitas.Failure;
import org.entitas.Input;

/**
 * Reads JSON Lines: one JSON object per line, the text in one field, the id in another, every other field
 * carried through as raw JSON. A line that does not parse, is not an object, lacks the text field, is not valid
 * UTF-8, holds a lone surrogate (an escape such as {@code "\ud800"} that is half a character) or is longer than
 * the line limit becomes a {@link Failure} with id {@code source:line}, naming the byte offset where the line starts
 * or the bad byte is, and reading goes on with the next line. A leading byte order mark is dropped. Not
 * thread-safe.
 */
final class JsonLinesInput extends AbstractIterator<Input> {

    private static final JsonFactory JSON = JsonReading.FACTORY;

    private final InputStream in;
    private final String source;
    private final InputOptions options;
    private final long maxLine;
    private byte[] buf = new byte[8192];
    private long position;
    private int lineNumber;

    JsonLinesInput(InputStream in, String source, InputOptions options) {
        this.in = in;
        this.source = source;
        this.options = options;
        this.maxLine = options.limits().maxLine();
    }

    @Override
    protected Input computeNext() {
        while (true) {
            long lineStart = position;
            int length = 0;
            boolean tooLong = false;
            boolean any = false;
            try {
                for (int b = in.read(); b >= 0; b = in.read()) {
                    any = true;
                    position++;
                    if (b == '\n') {
                        break;
                    }
                    if (length < maxLine) {
                        if (length == buf.length) {
                            buf = Arrays.copyOf(buf, (int) Math.min(maxLine, 2L * buf.length));
                        }
                        buf[length++] = (byte) b;
                    } else {
                        tooLong = true;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(source + ", line " + (lineNumber + 1) + " (byte " + position + "): "
                        + e.getMessage(), e);
            }
            if (!any) {
                return endOfData();
            }
            lineNumber++;
            String fallbackId = source + ":" + lineNumber;
            if (tooLong) {
                return new Failure(fallbackId, "line " + lineNumber + " (from byte " + lineStart
                        + ") is longer than the line limit (--max-line) of " + maxLine + " bytes; not read");
            }
            int from = 0;
            if (lineNumber == 1 && length >= 3 && (buf[0] & 0xff) == 0xef && (buf[1] & 0xff) == 0xbb
                    && (buf[2] & 0xff) == 0xbf) {
                from = 3;
            }
            if (length > from && buf[length - 1] == '\r') {
                length--;
            }
            String line;
            try {
                line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(buf, from, length - from)).toString();
            } catch (CharacterCodingException e) {
                return new Failure(fallbackId, "line " + lineNumber + " is not valid UTF-8 (bad byte at offset "
                        + (lineStart + badByte(buf, from, length)) + ")");
            }
            if (!line.isBlank()) {
                return parse(line);
            }
        }
    }

    /** Where the first malformed byte of {@code bytes[from, to)} is. */
    private static int badByte(byte[] bytes, int from, int to) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer b = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer scratch = CharBuffer.allocate(1024);
        while (!decoder.decode(b, scratch, true).isError() && b.hasRemaining()) {
            scratch.clear();
        }
        return b.position();
    }

    private Input parse(String line) {
        String fallbackId = source + ":" + lineNumber;
        String text = null;
        String id = null;
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Failure(fallbackId, "line " + lineNumber + " is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(options.textField())) {
                    if (value != JsonToken.VALUE_STRING) {
                        return new Failure(fallbackId,
                                "field '" + name + "' is not a string on line " + lineNumber);
                    }
                    text = p.getText();
                } else if (name.equals(options.idField()) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    id = p.getText();
                } else {
                    StringWriter raw = new StringWriter();
                    try (JsonGenerator g = JSON.createGenerator(raw)) {
                        g.copyCurrentStructureExact(p);
                    }
                    fields.put(name, raw.toString());
                }
            }
            if (p.nextToken() != null) {
                return new Failure(fallbackId, "trailing content after the JSON object on line " + lineNumber);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Failure(fallbackId, "line " + lineNumber + " is not valid JSON: " + JsonReading.describe(e));
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            return new Failure(fallbackId, "line " + lineNumber + " is not valid JSON: " + message);
        }
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (LoneSurrogates.indexIn(f.getKey()) >= 0 || LoneSurrogates.indexIn(f.getValue()) >= 0) {
                return new Failure(fallbackId, "field '" + f.getKey() + "' on line " + lineNumber
                        + " holds a lone surrogate (half of a character), which no UTF-8 output can hold");
            }
        }
        if (id != null && LoneSurrogates.indexIn(id) >= 0) {
            return new Failure(fallbackId, "the id on line " + lineNumber
                    + " holds a lone surrogate (half of a character), which no UTF-8 output can hold");
        }
        if (text == null) {
            return new Failure(id == null || id.isBlank() ? fallbackId : id,
                    "no text field '" + options.textField() + "' on line " + lineNumber);
        }
        return new Document(id == null || id.isBlank() ? fallbackId : id, text, fields);
    }
}
