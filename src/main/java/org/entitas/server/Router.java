package org.entitas.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Failure;
import org.entitas.TaggedDocument;
import org.entitas.io.JsonLines;
import org.entitas.model.ModelCard;
import org.entitas.io.OutputOptions;
import org.entitas.render.PastePage;

/**
 * The one handler of the server: checks the token, routes by path and method, and turns every error into a
 * status with a JSON message {@code {"error": "..."}}, never a stack trace. Thread-safe.
 */
final class Router implements HttpHandler {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final Extraction extraction;
    private final EntityServer.Settings settings;
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
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

    @Override
    public void handle(HttpExchange exchange) {
        active.incrementAndGet();
        try (exchange) {
            try {
                if (stopping) {
                    exchange.getResponseHeaders().set("Connection", "close");
                    throw new HttpError(503, "the server is stopping");
                }
                route(exchange, exchange.getRequestURI().getPath());
            } catch (HttpError e) {
                sendError(exchange, e);
            } catch (IOException e) {
                // the client went away or the answer could not be written: nothing more to say to it
            } catch (RuntimeException e) {
                System.err.println("entitas serve: " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath() + ": internal error: " + e);
                sendError(exchange, new HttpError(500, "internal error"));
            }
        } finally {
            active.decrementAndGet();
        }
    }

    private void route(HttpExchange ex, String path) throws HttpError, IOException {
        switch (path) {
            case "/health" -> {
                method(ex, "GET");
                sendJson(ex, 200, Map.of("status", "live"));
            }
            case "/ready" -> {
                method(ex, "GET");
                ready(ex);
            }
            case "/" -> {
                method(ex, "GET", "POST");
                authorize(ex);
                page(ex);
            }
            case "/openapi.yaml" -> {
                method(ex, "GET");
                try (InputStream in = Router.class.getResourceAsStream("openapi.yaml")) {
                    send(ex, 200, "application/yaml; charset=utf-8", in.readAllBytes());
                }
            }
            case "/v1/model" -> {
                method(ex, "GET");
                authorize(ex);
                model(ex);
            }
            case "/v1/extract" -> {
                method(ex, "POST");
                authorize(ex);
                extract(ex);
            }
            case "/v1/extract/batch" -> {
                method(ex, "POST");
                authorize(ex);
                batch(ex);
            }
            default -> throw new HttpError(404, "no such path: " + path
                    + " (paths: /v1/extract, /v1/extract/batch, /v1/model, /health, /ready, /openapi.yaml, /)");
        }
    }

    private static void method(HttpExchange ex, String... allowed) throws HttpError {
        if (!List.of(allowed).contains(ex.getRequestMethod())) {
            String allow = String.join(", ", allowed);
            throw new HttpError(405, "method " + ex.getRequestMethod() + " is not allowed here; use " + allow,
                    "Allow", allow);
        }
    }

    private void authorize(HttpExchange ex) throws HttpError {
        if (settings.token().isEmpty()) {
            return;
        }
        String given = ex.getRequestHeaders().getFirst("Authorization");
        byte[] expected = ("Bearer " + settings.token().get()).getBytes(StandardCharsets.UTF_8);
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw new HttpError(401, "a bearer token is required: Authorization: Bearer TOKEN", "WWW-Authenticate",
                    "Bearer");
        }
    }

    private void ready(HttpExchange ex) throws HttpError, IOException {
        extraction.extractor();
        sendJson(ex, 200, Map.of("status", "ready"));
    }

    private void model(HttpExchange ex) throws HttpError, IOException {
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

    private void extract(HttpExchange ex) throws HttpError, IOException {
        OutputOptions options = options(ex);
        String body = Bodies.utf8(Bodies.read(ex, settings.maxBodyBytes()));
        Document document = isJson(ex) ? Requests.document(body, "text") : Document.of("text", body);
        TaggedDocument tagged = extraction.one(document);
        StringWriter out = new StringWriter();
        JsonLines.write(tagged, out, options);
        send(ex, 200, JSON_TYPE, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void batch(HttpExchange ex) throws HttpError, IOException {
        OutputOptions options = options(ex);
        List<Document> documents = Requests.documents(Bodies.utf8(Bodies.read(ex, settings.maxBatchBytes())));
        Writer[] out = new Writer[1];
        extraction.batch(documents, result -> {
            if (out[0] == null) {
                ex.getResponseHeaders().set("Content-Type", "application/x-ndjson; charset=utf-8");
                ex.sendResponseHeaders(200, 0);
                out[0] = new BufferedWriter(new OutputStreamWriter(ex.getResponseBody(), StandardCharsets.UTF_8));
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

    private static boolean isJson(HttpExchange ex) {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    /** The output options of the query: {@code offsets=utf16|codepoints}. */
    private static OutputOptions options(HttpExchange ex) throws HttpError {
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        String offsets = query.getOrDefault("offsets", "utf16");
        return switch (offsets.toLowerCase(java.util.Locale.ROOT)) {
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
    private void page(HttpExchange ex) throws HttpError, IOException {
        Optional<String> text;
        if (ex.getRequestMethod().equals("POST")) {
            text = Optional.ofNullable(query(Bodies.utf8(Bodies.read(ex, settings.maxBodyBytes()))).get("text"));
        } else {
            text = Optional.ofNullable(query(ex.getRequestURI().getRawQuery()).get("text"));
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

    private static void sendJson(HttpExchange ex, int status, Map<String, String> fields) throws IOException {
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

    private static void sendError(HttpExchange ex, HttpError e) {
        try {
            if (e.header() != null) {
                ex.getResponseHeaders().set(e.header(), e.headerValue());
            }
            sendJson(ex, e.status(), Map.of("error", e.getMessage()));
        } catch (IOException | RuntimeException ignored) {
            // the answer had begun (a batch) or the client is gone: the connection closes
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
