package org.entitas.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A test client of one server: plain requests, answers as text. Thread-safe. */
final class Client {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String token;

    Client(EntityServer server) {
        this.base = "http://127.0.0.1:" + server.port();
    }

    Client withToken(String token) {
        this.token = token;
        return this;
    }

    String url(String path) {
        return base + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> method(String method, String path) throws IOException, InterruptedException {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
