package org.entitas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives one page in headless Chromium through the DevTools protocol (a WebSocket on 127.0.0.1): runs script in
 * the page, clicks, types and presses keys as a user's input events, and takes screenshots. Opened by
 * {@link Chromium#drive}; one per test, not thread-safe.
 */
final class DevTools implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:(\\d+)/\\S+)");
    private static final Pattern PAGE = Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+/devtools/page/[^\"]+)\"");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> waiting = new ConcurrentHashMap<>();

    private DevTools(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static DevTools connect(Process process) throws IOException, InterruptedException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String port = null;
        for (String line; (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                port = m.group(2);
                break;
            }
        }
        if (port == null) {
            fail("chromium did not open its DevTools port");
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) {
                    // chromium's log lines are not needed once the port is known
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        HttpClient http = HttpClient.newHttpClient();
        String page = null;
        for (int tries = 0; page == null && tries < 100; tries++) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = PAGE.matcher(list);
            if (m.find()) {
                page = m.group(1);
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(page).as("chromium's page target").isNotNull();
        DevTools[] self = new DevTools[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    self[0].received(message.toString());
                    message.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).join();
        self[0] = new DevTools(process, socket);
        return self[0];
    }

    @SuppressWarnings("unchecked")
    private void received(String text) {
        try {
            Map<String, Object> message = (Map<String, Object>) parse(text);
            Object id = message.get("id");
            if (id instanceof Number n) {
                CompletableFuture<Map<String, Object>> f = waiting.remove(n.intValue());
                if (f != null) {
                    f.complete(message);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable DevTools message: " + text, e);
        }
    }

    /** Sends a command with its parameters (a JSON object's text) and returns the result object. */
    @SuppressWarnings("unchecked")
    Map<String, Object> send(String method, String params) {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
        Map<String, Object> message;
        try {
            message = answer.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer to " + method + " " + params, e);
        }
        assertThat(message).as("%s %s", method, params).doesNotContainKey("error");
        return (Map<String, Object>) message.get("result");
    }

    /** The value of a script expression in the page (JSON-like: maps, lists, strings, numbers, booleans). */
    @SuppressWarnings("unchecked")
    Object eval(String expression) {
        Map<String, Object> result = send("Runtime.evaluate", "{\"expression\":" + quote(expression)
                + ",\"returnByValue\":true,\"awaitPromise\":true}");
        assertThat(result).as("exception in %s: %s", expression, result).doesNotContainKey("exceptionDetails");
        return ((Map<String, Object>) result.get("result")).get("value");
    }

    /** Waits until the expression is true in the page (an exception, while the page loads, counts as false). */
    void waitFor(String expression, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        String guarded = "(function () { try { return !!(" + expression + "); } catch (e) { return false; } })()";
        while (!Boolean.TRUE.equals(eval(guarded))) {
            if (System.nanoTime() > end) {
                fail("not true within " + timeout + ": " + expression);
            }
            Thread.sleep(50);
        }
    }

    /** A left click at a point of the page, as the mouse gives it. */
    void click(double x, double y) {
        String at = "\"x\":" + x + ",\"y\":" + y;
        send("Input.dispatchMouseEvent", "{\"type\":\"mouseMoved\"," + at + "}");
        send("Input.dispatchMouseEvent", "{\"type\":\"mousePressed\"," + at + ",\"button\":\"left\",\"clickCount\":1}");
        send("Input.dispatchMouseEvent", "{\"type\":\"mouseReleased\"," + at + ",\"button\":\"left\",\"clickCount\":1}");
    }

    /** A left click in the middle of the element that the selector finds. */
    @SuppressWarnings("unchecked")
    void click(String selector) {
        Map<String, Object> box = (Map<String, Object>) eval("(function () { var r = document.querySelector("
                + quote(selector) + ").getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        click(((Number) box.get("x")).doubleValue(), ((Number) box.get("y")).doubleValue());
    }

    /** Types text into the focused element, as a keyboard would. */
    void type(String text) {
        send("Input.insertText", "{\"text\":" + quote(text) + "}");
    }

    /** Presses and releases Enter. */
    void pressEnter() {
        String key = "\"key\":\"Enter\",\"code\":\"Enter\",\"windowsVirtualKeyCode\":13";
        send("Input.dispatchKeyEvent", "{\"type\":\"rawKeyDown\"," + key + "}");
        send("Input.dispatchKeyEvent", "{\"type\":\"char\",\"text\":\"\\r\"," + key + "}");
        send("Input.dispatchKeyEvent", "{\"type\":\"keyUp\"," + key + "}");
    }

    /** A PNG of what the page shows. */
    byte[] screenshot() {
        return Base64.getDecoder().decode((String) send("Page.captureScreenshot", "{\"format\":\"png\"}").get("data"));
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        // Chromium's own processes (renderer, GPU, crash handler) may outlive the browser for a moment and still
        // write into its profile directory, which the test's temporary directory then fails to delete: they are
        // stopped and waited for too
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            child.destroy();
            try {
                child.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                child.destroyForcibly();
            }
        }
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The JSON text as maps, lists, strings, numbers, booleans and nulls. */
    static Object parse(String text) throws IOException {
        try (JsonParser p = JSON.createParser(text)) {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }
}
