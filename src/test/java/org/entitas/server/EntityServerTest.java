package org.entitas.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.io.JsonLines;
import org.entitas.io.OutputOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint and every error of the server, over HTTP on 127.0.0.1. */
class EntityServerTest {

    static final String VISIT = "Presiden Rusia Vladimir Putin tiba di Pyongyang, Korea Utara. Ia disambut Kim Jong Un.";

    private static EntityServer server;
    private static Client client;

    @BeforeAll
    static void start() throws IOException {
        server = EntityServer.builder(EntityExtractor.indonesian()).port(0).threads(2).maxBodyBytes(4096)
                .maxBatchBytes(8192).modelSource("bundled").start();
        client = new Client(server);
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    /** The line {@code tag} writes for this document, without its line break. */
    static String tagLine(Document d, OutputOptions options) throws IOException {
        StringWriter out = new StringWriter();
        JsonLines.write(EntityExtractor.indonesian().extract(d), out, options);
        return out.toString().strip();
    }

    static void assertError(HttpResponse<String> r, int status, String message) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.body()).startsWith("{\"error\":\"").contains(message).doesNotContain("Exception")
                .doesNotContain("\tat ").doesNotContain("at org.");
    }

    @Test
    void extractAnswersPlainTextWithTheLineOfTag() throws Exception {
        HttpResponse<String> r = client.post("/v1/extract", "text/plain; charset=utf-8", VISIT);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.body().strip()).isEqualTo(tagLine(Document.of("text", VISIT), OutputOptions.DEFAULTS));
        assertThat(r.body()).contains("{\"text\":\"Vladimir Putin\",\"type\":\"PERSON\",\"start\":15,\"end\":29,");
    }

    @Test
    void extractAnswersJsonWithItsIdAndCarriedFields() throws Exception {
        HttpResponse<String> r = client.post("/v1/extract", "application/json",
                "{\"id\": \"berita-7\", \"url\": {\"a\": [1, 2]}, \"text\": \"" + VISIT + "\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().strip()).isEqualTo(tagLine(new Document("berita-7", VISIT,
                Map.of("url", "{\"a\":[1,2]}")), OutputOptions.DEFAULTS));
        assertThat(r.body()).startsWith("{\"id\":\"berita-7\",\"url\":{\"a\":[1,2]},\"entities\":[");
    }

    @Test
    void offsetsInCodePointsOnRequest() throws Exception {
        String text = "\uD83C\uDDEE\uD83C\uDDE9 Cafe\u0301: " + VISIT;
        HttpResponse<String> r = client.post("/v1/extract?offsets=codepoints", "text/plain", text);

        assertThat(r.statusCode()).isEqualTo(200);
        int start = text.codePointCount(0, text.indexOf("Vladimir Putin"));
        assertThat(start).isEqualTo(text.indexOf("Vladimir Putin") - 2);
        assertThat(r.body()).contains("{\"text\":\"Vladimir Putin\",\"type\":\"PERSON\",\"start\":" + start + ",\"end\":"
                + (start + 14) + ",");
        assertError(client.post("/v1/extract?offsets=bytes", "text/plain", VISIT), 400,
                "parameter 'offsets' must be utf16 or codepoints: bytes");
    }

    @Test
    void batchAnswersJsonLinesInInputOrder() throws Exception {
        String body = "{\"id\": \"a\", \"text\": \"Joko Widodo tiba di Surabaya.\"}\n\n"
                + "{\"text\": \"" + VISIT + "\"}\n"
                + "{\"id\": \"c\", \"text\": \"\"}\n";
        HttpResponse<String> r = client.post("/v1/extract/batch", "application/x-ndjson", body);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-ndjson; charset=utf-8");
        assertThat(r.body().lines().toList()).containsExactly(
                tagLine(Document.of("a", "Joko Widodo tiba di Surabaya."), OutputOptions.DEFAULTS),
                tagLine(Document.of("line-3", VISIT), OutputOptions.DEFAULTS),
                "{\"id\":\"c\",\"entities\":[]}");
        assertThat(client.post("/v1/extract/batch", "application/x-ndjson", "").body()).isEmpty();
    }

    @Test
    void aBadLineOfABatchIsA400NamingTheLine() throws Exception {
        assertError(client.post("/v1/extract/batch", "application/x-ndjson",
                "{\"id\": \"a\", \"text\": \"Joko\"}\n{\"id\": \"b\"}\n"), 400, "line 2: missing field 'text'");
        assertError(client.post("/v1/extract/batch", "application/x-ndjson", "{\"id\": \"a\", \"text\": \"Jo"), 400,
                "line 1: malformed JSON at line 1, column");
        assertError(client.post("/v1/extract/batch", "application/x-ndjson", "x".repeat(8193)), 413,
                "larger than the limit of 8192 bytes");
    }

    @Test
    void modelSaysWhatIsLoadedAndItsRecordedScores() throws Exception {
        HttpResponse<String> r = client.get("/v1/model");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().strip()).startsWith("{\"source\":\"bundled\",\"types\":"
                + EntityExtractor.indonesian().types().stream().map(t -> "\"" + t.name() + "\"").toList()
                        .toString().replace(" ", "")
                + ",\"minConfidence\":0.0,\"name\":\"entitas-id\",\"version\":")
                .contains("\"f1\":{\"idner-news-2k-dev\":0.802,").contains("\"nerui-dev\":0.881");
        assertThat(EntityExtractor.indonesian().types()).contains(EntityType.PERSON);
    }

    @Test
    void healthReadyAndTheOpenApiFile() throws Exception {
        assertThat(client.get("/health").body().strip()).isEqualTo("{\"status\":\"live\"}");
        assertThat(client.get("/ready").body().strip()).isEqualTo("{\"status\":\"ready\"}");
        HttpResponse<String> api = client.get("/openapi.yaml");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).startsWith("openapi: 3.0.3").contains("/v1/extract/batch:", "/v1/model:", "/ready:");
    }

    @Test
    void malformedJsonAndMissingFieldsAre400NamingThem() throws Exception {
        assertError(client.post("/v1/extract", "application/json", "{\"id\": \"a\", \"text\": "), 400,
                "malformed JSON at line 1, column");
        assertError(client.post("/v1/extract", "application/json", "{\"id\": \"a\"}"), 400, "missing field 'text'");
        assertError(client.post("/v1/extract", "application/json", "{\"text\": 3}"), 400,
                "field 'text' must be a string");
        assertError(client.post("/v1/extract", "application/json", "[\"text\"]"), 400, "not an object");
        assertError(client.post("/v1/extract", "application/json", "{\"text\": \"a\"} {}"), 400,
                "more after the object");
        assertError(client.post("/v1/extract", "application/json", "{\"id\": \" \", \"text\": \"a\"}"), 400,
                "field 'id' must not be blank");
    }

    @Test
    void aBodyThatIsNotUtf8IsA400WithTheByteOffset() throws Exception {
        byte[] latin1 = "Presiden Jokowi tiba di Bandung pada Kamis, kata pejabat \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertError(client.post("/v1/extract", "text/plain", latin1), 400,
                "the request body is not UTF-8: invalid byte at offset " + (latin1.length - 1));
        byte[] json = "{\"text\": \"a\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertError(client.post("/v1/extract/batch", "application/x-ndjson", json), 400, "invalid byte at offset 11");
    }

    @Test
    void wrongMethodIs405WithAllowAndUnknownPathIs404() throws Exception {
        HttpResponse<String> get = client.get("/v1/extract");
        assertError(get, 405, "method GET is not allowed here; use POST");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertError(client.method("DELETE", "/v1/model"), 405, "use GET");
        assertError(client.post("/health", "text/plain", "x"), 405, "use GET");
        assertError(client.method("PUT", "/"), 405, "use GET, POST, HEAD");
        assertError(client.get("/v2/extract"), 404, "no such path: /v2/extract");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        assertError(client.post("/v1/extract", "text/plain", "a".repeat(4097)), 413,
                "the request body is larger than the limit of 4096 bytes");
        assertThat(client.post("/v1/extract", "text/plain", "a".repeat(4096)).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenIsRequiredWhenGivenButNotForHealthAndReady() throws Exception {
        try (EntityServer guarded = EntityServer.builder(EntityExtractor.indonesian()).port(0).threads(1)
                .token("s3cret").start()) {
            Client anonymous = new Client(guarded);
            HttpResponse<String> r = anonymous.post("/v1/extract", "text/plain", VISIT);
            assertError(r, 401, "a bearer token is required");
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertError(new Client(guarded).withToken("wrong").get("/v1/model"), 401, "bearer token");
            assertThat(anonymous.get("/health").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/ready").statusCode()).isEqualTo(200);
            assertThat(new Client(guarded).withToken("s3cret").post("/v1/extract", "text/plain", VISIT).statusCode())
                    .isEqualTo(200);
            // the scheme is case-insensitive
            HttpRequest lower = HttpRequest.newBuilder(
                    URI.create(anonymous.url("/v1/model"))).header("Authorization", "bearer s3cret").build();
            assertThat(HttpClient.newHttpClient().send(lower, HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void whileTheModelsLoadHealthIsLiveAndTheRestIs503() throws Exception {
        CountDownLatch loaded = new CountDownLatch(1);
        try (EntityServer loading = EntityServer.loading(() -> {
            loaded.await();
            return EntityExtractor.indonesian();
        }).port(0).threads(1).start()) {
            Client c = new Client(loading);
            assertThat(c.get("/health").statusCode()).isEqualTo(200);
            HttpResponse<String> ready = c.get("/ready");
            assertError(ready, 503, "the models are loading");
            assertThat(ready.headers().firstValue("Retry-After")).hasValue("1");
            assertError(c.post("/v1/extract", "text/plain", VISIT), 503, "the models are loading");

            loaded.countDown();
            loading.ready().get();
            assertThat(c.get("/ready").statusCode()).isEqualTo(200);
        }
        try (EntityServer broken = EntityServer.loading(() -> {
            throw new IOException("models/x/id-ner.bin: no such file");
        }).port(0).start()) {
            assertThatThrownBy(() -> broken.ready().get()).hasMessageContaining("no such file");
            assertError(new Client(broken).get("/ready"), 503,
                    "the models could not be loaded: models/x/id-ner.bin: no such file");
        }
    }

    @Test
    void aModelThatExhaustsTheHeapFailsReadyWithTheReasonInsteadOfLoadingForEver() throws Exception {
        try (EntityServer bomb = EntityServer.loading(() -> {
            throw new OutOfMemoryError("Java heap space");
        }).port(0).start()) {
            assertThatThrownBy(() -> bomb.ready().get(30, TimeUnit.SECONDS))
                    .hasMessageContaining("more memory than the heap has");
            assertError(new Client(bomb).get("/ready"), 503, "the models could not be loaded: the models need more"
                    + " memory than the heap has");
            assertThat(new Client(bomb).get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void builderRejectsBadSettingsNamingTheValue() {
        EntityServer.Builder b = EntityServer.builder(EntityExtractor.indonesian());
        assertThatThrownBy(() -> b.port(70000)).hasMessage("port must be in [0, 65535]: 70000");
        assertThatThrownBy(() -> b.threads(0)).hasMessage("threads must be in [1, 256]: 0");
        assertThatThrownBy(() -> b.timeout(Duration.ZERO)).hasMessage("timeout must be positive: PT0S");
        assertThatThrownBy(() -> b.token(" ")).hasMessage("token must not be blank");
        assertThatThrownBy(() -> b.bodyTimeout(Duration.ZERO)).hasMessage("bodyTimeout must be positive: PT0S");
        assertThatThrownBy(() -> b.maxConnectionsPerClient(0))
                .hasMessage("maxConnectionsPerClient must be in [1, 100000]: 0");
    }

    @Test
    void stopIsIdempotentAndTheServerIsGoneAfterIt() throws Exception {
        EntityServer s = EntityServer.builder(EntityExtractor.indonesian()).port(0).start();
        Client c = new Client(s);
        assertThat(c.get("/health").statusCode()).isEqualTo(200);
        s.stop(Duration.ofSeconds(1));
        s.stop(Duration.ofSeconds(1));
        assertThatThrownBy(() -> c.get("/health")).isInstanceOf(IOException.class);
    }
}
