package org.entitas.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Failure;
import org.entitas.TaggedDocument;
import org.entitas.io.JsonLines;
import org.entitas.io.OutputOptions;
import org.entitas.model.ModelCard;
import org.entitas.render.PastePage;

/**
 * Routes by path and method, checks the token, and turns every error into a status with a JSON message
 * {@code {"error": "..."}}, never a stack trace. {@link #endpoint} chooses what answers before the body is read;
 * {@link #answer} runs it once the body is there. Thread-safe.
 */
final class Router {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    /** What an endpoint does once its request's body is read. */
    interface Answer {
        void answer(Exchange ex) throws HttpError, IOException;
    }

    /**
     * What answers a request.
     *
     * @param quick whether it answers at once, without waiting for a worker or reading a body ({@code /health},
     *     {@code /ready}): run on the connection's own thread, never queued behind extraction requests
     * @param maxBody the largest body read before answering, in bytes; 0 when the body is not read
     */
    record Endpoint(boolean quick, long maxBody, Answer answer) {
    }

    private final Extraction extraction;
    private final EntityServer.Settings settings;
    private final AtomicInteger active = new AtomicInteger();
    private volatile boolean stopping;

    Router(Extraction extraction, EntityServer.Settings settings) {
        this.extraction = extraction;
        this.settings = settings;
    }

    /** From now on every new request is answered 503 and its connection closed. */
    void stopping() {
        stopping = true;
    }

    /** The exchanges being handled. */
    int active() {
        return active.get();
    }

    /**
     * What answers the request, chosen from its method, path and headers alone.
     *
     * @throws HttpError 503 while stopping, 404 for an unknown path, 405 for a method it does not take (HEAD is
     *     taken where GET is), 401 without the token
     */
    Endpoint endpoint(Exchange ex) throws HttpError {
        if (stopping) {
            ex.setHeader("Connection", "close");
            throw new HttpError(503, "the server is stopping");
        }
        String path = ex.path();
        switch (path) {
            case "/health" -> {
                method(ex, "GET");
                return new Endpoint(true, 0, e -> sendJson(e, 200, Map.of("status", "live")));
            }
            case "/ready" -> {
                method(ex, "GET");
                return new Endpoint(true, 0, this::ready);
            }
            case "/" -> {
                method(ex, "GET", "POST");
                authorize(ex);
                return new Endpoint(false, ex.method().equals("POST") ? settings.maxBodyBytes() : 0, this::page);
            }
            case "/openapi.yaml" -> {
                method(ex, "GET");
                return new Endpoint(true, 0, e -> {
                    try (InputStream in = Router.class.getResourceAsStream("openapi.yaml")) {
                        send(e, 200, "application/yaml; charset=utf-8", in.readAllBytes());
                    }
                });
            }
            case "/v1/model" -> {
                method(ex, "GET");
                authorize(ex);
                return new Endpoint(true, 0, this::model);
            }
            case "/v1/extract" -> {
                method(ex, "POST");
                authorize(ex);
                return new Endpoint(false, settings.maxBodyBytes(), this::extract);
            }
            case "/v1/extract/batch" -> {
                method(ex, "POST");
                authorize(ex);
                return new Endpoint(false, settings.maxBatchBytes(), this::batch);
            }
            default -> throw new HttpError(404, "no such path: " + path
                    + " (paths: /v1/extract, /v1/extract/batch, /v1/model, /health, /ready, /openapi.yaml, /)");
        }
    }

    /** Runs the endpoint and ends the exchange; an error becomes its status and JSON message. */
    void answer(Exchange ex, Endpoint endpoint) {
        active.incrementAndGet();
        try {
            endpoint.answer().answer(ex);
        } catch (HttpError e) {
            sendError(ex, e);
        } catch (IOException e) {
            // the client went away or the answer could not be written: nothing more to say to it
            ex.abort(e);
        } catch (RuntimeException e) {
            System.err.println("entitas serve: " + ex.method() + " " + ex.path() + ": internal error: " + e);
            sendError(ex, new HttpError(500, "internal error"));
        } finally {
            active.decrementAndGet();
        }
    }

    private static void method(Exchange ex, String... allowed) throws HttpError {
        List<String> methods = List.of(allowed);
        if (!methods.contains(ex.method()) && !(ex.method().equals("HEAD") && methods.contains("GET"))) {
            String allow = String.join(", ", methods.contains("GET") ? concat(allowed, "HEAD") : allowed);
            throw new HttpError(405, "method " + ex.method() + " is not allowed here; use " + allow, "Allow", allow);
        }
    }

    private static String[] concat(String[] a, String b) {
        String[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    private void authorize(Exchange ex) throws HttpError {
        if (settings.token().isEmpty()) {
            return;
        }
        String given = ex.header("Authorization");
        // the scheme is case-insensitive (RFC 9110, 11.1): "bearer" is "Bearer"; the token is compared in
        // constant time
        byte[] expected = settings.token().get().getBytes(StandardCharsets.UTF_8);
        boolean bearer = given != null && given.length() > 7 && given.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer || !MessageDigest.isEqual(expected, given.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
            throw new HttpError(401, "a bearer token is required: Authorization: Bearer TOKEN", "WWW-Authenticate",
                    "Bearer");
        }
    }

    private void ready(Exchange ex) throws HttpError, IOException {
        extraction.extractor();
        sendJson(ex, 200, Map.of("status", "ready"));
    }

    private void model(Exchange ex) throws HttpError, IOException {
        EntityExtractor e = extraction.extractor();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("source", settings.modelSource());
            g.writeArrayFieldStart("types");
            for (EntityType t : e.types()) {
                g.writeString(t.name());
            }
            g.writeEndArray();
            g.writeNumberField("minConfidence", e.minConfidence());
            ModelCard card = e.model();
            writeOptional(g, "name", card.name());
            writeOptional(g, "version", card.version());
            writeOptional(g, "recipe", card.recipe());
            writeOptional(g, "trainingData", card.trainingData());
            g.writeObjectFieldStart("f1");
            for (Map.Entry<String, Double> f : card.f1().entrySet()) {
                g.writeNumberField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        send(ex, 200, JSON_TYPE, (out + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void writeOptional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    private void extract(Exchange ex) throws HttpError, IOException {
        OutputOptions options = options(ex);
        String body = Bodies.utf8(ex.body());
        Document document = isJson(ex) ? Requests.document(body, "text") : Document.of("text", body);
        TaggedDocument tagged = extraction.one(document);
        StringWriter out = new StringWriter();
        JsonLines.write(tagged, out, options);
        send(ex, 200, JSON_TYPE, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void batch(Exchange ex) throws HttpError, IOException {
        OutputOptions options = options(ex);
        List<Document> documents = Requests.documents(Bodies.utf8(ex.body()));
        Writer[] out = new Writer[1];
        extraction.batch(documents, result -> {
            if (out[0] == null) {
                out[0] = new BufferedWriter(new OutputStreamWriter(
                        ex.stream(200, "application/x-ndjson; charset=utf-8"), StandardCharsets.UTF_8));
            }
            if (result instanceof TaggedDocument t) {
                JsonLines.write(t, out[0], options);
            } else {
                writeFailure((Failure) result, out[0]);
            }
            out[0].flush(); // each line as soon as it is done: tagging it took far longer than sending it
        });
        if (out[0] == null) {
            send(ex, 200, "application/x-ndjson; charset=utf-8", new byte[0]);
        } else {
            out[0].close();
        }
    }

    private static void writeFailure(Failure f, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("error", f.reason());
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static boolean isJson(Exchange ex) {
        String type = ex.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    /** The output options of the query: {@code offsets=utf16|codepoints}. */
    private static OutputOptions options(Exchange ex) throws HttpError {
        Map<String, String> query = query(ex.rawQuery());
        String offsets = query.getOrDefault("offsets", "utf16");
        return switch (offsets.toLowerCase(Locale.ROOT)) {
            case "utf16" -> OutputOptions.DEFAULTS;
            case "codepoints" -> OutputOptions.DEFAULTS.withOffsets(OutputOptions.Offsets.CODEPOINTS);
            default -> throw new HttpError(400, "parameter 'offsets' must be utf16 or codepoints: " + offsets);
        };
    }

    private static Map<String, String> query(String raw) throws HttpError {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "malformed query parameter: " + pair);
            }
        }
        return out;
    }

    /** {@code GET /} (the form; {@code ?text=} tags that text) and {@code POST /} (the form, URL-encoded). */
    private void page(Exchange ex) throws HttpError, IOException {
        Optional<String> text;
        if (ex.method().equals("POST")) {
            text = Optional.ofNullable(query(Bodies.utf8(ex.body())).get("text"));
        } else {
            text = Optional.ofNullable(query(ex.rawQuery()).get("text"));
        }
        String html;
        if (text.isEmpty() || text.get().isBlank()) {
            html = PastePage.render("", List.of());
        } else {
            String t = text.get().replace("\r\n", "\n");
            html = PastePage.render(t, extraction.one(Document.of("text", t)).mentions());
        }
        send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendJson(Exchange ex, int status, Map<String, String> fields) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                g.writeStringField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
        }
        send(ex, status, JSON_TYPE, (out + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Answers the error as its status and JSON message; ends the exchange. */
    static void sendError(Exchange ex, HttpError e) {
        try {
            if (e.header() != null) {
                ex.setHeader(e.header(), e.headerValue());
            }
            sendJson(ex, e.status(), Map.of("error", e.getMessage()));
        } catch (IOException | RuntimeException x) {
            // the answer had begun (a batch) or the client is gone: the connection closes
            ex.abort(x);
        }
    }

    private static void send(Exchange ex, int status, String type, byte[] body) throws IOException {
        ex.send(status, type, body);
    }
}
