package org.entitas.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entitas.server.EntityServerTest.assertError;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.cli.Main;
import org.entitas.io.OutputOptions;
import org.entitas.io.TextFiles;
import org.junit.jupiter.api.Test;

/** Many clients at once, a full queue, the time limit, and stopping with requests in flight. */
class ServerUnderLoadTest {

    /** The news documents of test-corpus/, by path. */
    private static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("test-corpus"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** A document long enough to keep a worker busy for a while (about 80 KB of news). */
    private static String longText() throws IOException {
        StringBuilder b = new StringBuilder();
        for (Path f : corpus()) {
            b.append(TextFiles.read(f)).append("\n\n");
        }
        return b.toString();
    }

    /** What {@code entitas tag} writes for the files, line by line, keyed by id. */
    private static Map<String, String> tagged(List<Path> files) {
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("tag", "-q"));
        files.forEach(f -> args.add(f.toString()));
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new)))
                .isEqualTo(Main.OK);
        Map<String, String> lines = new TreeMap<>();
        for (String line : out.toString().lines().toList()) {
            lines.put(line.substring("{\"id\":\"".length(), line.indexOf('"', "{\"id\":\"".length())), line);
        }
        return lines;
    }

    private static String json(String id, String text) {
        return "{\"id\":" + quote(id) + ",\"text\":" + quote(text) + "}";
    }

    private static String quote(String s) {
        StringWriter out = new StringWriter();
        try (var g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
            g.writeString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void manyClientsAtOnceGetWhatTagWrites() throws Exception {
        List<Path> files = corpus();
        Map<String, String> expected = tagged(files);
        assertThat(expected).hasSize(files.size());
        Map<String, String> answered = new ConcurrentHashMap<>();
        try (EntityServer server = EntityServer.builder(EntityExtractor.indonesian()).port(0).threads(3).start()) {
            Client client = new Client(server);
            ExecutorService clients = Executors.newFixedThreadPool(16);
            List<Future<?>> done = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Path f : files) {
                    done.add(clients.submit(() -> {
                        HttpResponse<String> r = client.post("/v1/extract", "application/json",
                                json(f.toString(), TextFiles.read(f)));
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                        String previous = answered.put(f.toString(), r.body().strip());
                        assertThat(previous == null || previous.equals(r.body().strip())).isTrue();
                        return null;
                    }));
                }
            }
            for (Future<?> f : done) {
                f.get();
            }
            clients.shutdown();
            assertThat(new TreeMap<>(answered)).isEqualTo(expected);

            // one batch of them all, in input order, as tag writes them
            StringBuilder batch = new StringBuilder();
            for (Path f : files) {
                batch.append(json(f.toString(), TextFiles.read(f))).append('\n');
            }
            HttpResponse<String> r = client.post("/v1/extract/batch", "application/x-ndjson", batch.toString());
            assertThat(r.body().lines().toList()).containsExactlyElementsOf(expected.values());
        }
    }

    @Test
    void aFullQueueIs503WithRetryAfter() throws Exception {
        String slow = longText();
        try (EntityServer server = EntityServer.builder(EntityExtractor.indonesian()).port(0).threads(1).queue(0)
                .start()) {
            Client client = new Client(server);
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> post(client, slow));
            awaitInFlight(server, 1);

            HttpResponse<String> second = client.post("/v1/extract", "text/plain", "Joko Widodo tiba.");
            assertError(second, 503, "the server is busy: 1 workers and the queue are full");
            assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(client.get("/health").statusCode()).isEqualTo(200);

            assertThat(first.get().statusCode()).isEqualTo(200);
            assertThat(client.post("/v1/extract", "text/plain", "Joko Widodo tiba.").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aDocumentPastTheTimeLimitIs504AndInABatchAFailureLine() throws Exception {
        String slow = longText();
        try (EntityServer server = EntityServer.builder(EntityExtractor.indonesian()).port(0).threads(1)
                .timeout(Duration.ofMillis(5)).start()) {
            Client client = new Client(server);
            assertError(client.post("/v1/extract", "text/plain", slow), 504,
                    "the document took longer than the time limit of 5 ms");
            HttpResponse<String> batch = client.post("/v1/extract/batch", "application/x-ndjson",
                    json("long", slow) + "\n");
            assertThat(batch.statusCode()).isEqualTo(200);
            assertThat(batch.body().strip()).isEqualTo(
                    "{\"id\":\"long\",\"error\":\"long: the document took longer than the time limit of 5 ms\"}");
        }
    }

    @Test
    void stoppingFinishesTheRequestsInFlightAndTakesNoMore() throws Exception {
        String slow = longText();
        String expected = EntityServerTest.tagLine(Document.of("text", slow), OutputOptions.DEFAULTS);
        EntityServer server = EntityServer.builder(EntityExtractor.indonesian()).port(0).threads(2).start();
        Client client = new Client(server);
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inFlight.add(CompletableFuture.supplyAsync(() -> post(client, slow)));
        }
        awaitInFlight(server, 3);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(60)));
        HttpResponse<String> late = client.get("/ready");
        while (late.statusCode() == 200) { // until the stop has begun
            Thread.sleep(5);
            late = client.get("/ready");
        }
        assertError(late, 503, "the server is stopping");
        for (CompletableFuture<HttpResponse<String>> r : inFlight) {
            assertThat(r.get().statusCode()).isEqualTo(200);
            assertThat(r.get().body().strip()).isEqualTo(expected);
        }
        assertThat(server.inFlight()).isZero();
        stopping.get();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.get("/health"))
                .isInstanceOf(IOException.class);
    }

    private static HttpResponse<String> post(Client client, String text) {
        try {
            return client.post("/v1/extract", "text/plain", text);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitInFlight(EntityServer server, int n) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (server.inFlight() < n) {
            assertThat(System.nanoTime()).as("%s requests in flight within 30 s", n).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
