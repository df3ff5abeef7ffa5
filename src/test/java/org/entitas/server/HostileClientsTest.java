package org.entitas.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.Uninterruptibles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entitas.EntityExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and malicious clients on loopback addresses (each attack from an address of its own, 127.0.0.2 to
 * 127.0.0.5, the others from 127.0.0.1): connections that send half a header line, a body shorter than its
 * Content-Length, or a bad chunk size are answered or closed within their time limits, hold no thread, and leave
 * {@code /health} answering at once.
 */
@Timeout(120)
class HostileClientsTest {

    private static final int ATTACKERS = 40;

    private static EntityServer server;
    private final List<Socket> open = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        // one worker and a queue of two: the JDK server's handler pool was threads + queue + 4 = 7 threads
        server = EntityServer.builder(EntityExtractor.indonesian()).port(0).threads(1).queue(2)
                .headerTimeout(Duration.ofSeconds(2)).bodyTimeout(Duration.ofSeconds(2))
                .maxConnectionsPerClient(ATTACKERS + 10).start();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @AfterEach
    void closeAll() throws IOException {
        for (Socket s : open) {
            s.close();
        }
    }

    private Socket connect(String from) throws IOException {
        return connect(from, server.port());
    }

    private Socket connect(String from, int port) throws IOException {
        Socket s = new Socket();
        open.add(s);
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(15_000);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
    }

    /** What the server sends until it closes the connection (or the read times out). */
    private static String readToEnd(Socket s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0 && out.size() < 1 << 20; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            return out.toString(StandardCharsets.UTF_8) + "[still open]";
        } catch (IOException e) {
            // reset by the server: what came before is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Whether the server closed the connection, looked at for 50 ms. */
    private static boolean isClosed(Socket s) throws IOException {
        s.setSoTimeout(50);
        try {
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** {@code GET /health} from 127.0.0.1 on a fresh connection; returns the answer and asserts the time it took. */
    private String healthWithinASecond() throws IOException {
        long start = System.nanoTime();
        Socket s = connect("127.0.0.1");
        send(s, "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String answer = readToEnd(s);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to answer /health").isLessThan(1000);
        return answer;
    }

    @Test
    void halfAHeaderLineHoldsNothingAndIsClosedAfterTheHeaderTimeLimit() throws IOException {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < ATTACKERS; i++) {
            Socket s = connect("127.0.0.2");
            send(s, "GET /health HTTP/1.1\r\nHost: loc");
            slow.add(s);
        }

        assertThat(healthWithinASecond()).startsWith("HTTP/1.1 200").contains("\"status\":\"live\"");
        long start = System.nanoTime();
        for (Socket s : slow) {
            assertThat(readToEnd(s)).doesNotContain("[still open]");
        }
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("s until closed").isLessThan(10);
    }

    @Test
    void aBodyShorterThanItsLengthIs408AfterTheBodyTimeLimit() throws IOException {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < ATTACKERS; i++) {
            Socket s = connect("127.0.0.4");
            send(s, "POST /v1/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 1000\r\n\r\nBudi");
            slow.add(s);
        }

        assertThat(healthWithinASecond()).startsWith("HTTP/1.1 200");
        Socket good = connect("127.0.0.1");
        String text = "Presiden Joko Widodo tiba di Bandung.";
        send(good, "POST /v1/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                + "Content-Length: " + text.length() + "\r\n\r\n" + text);
        assertThat(readToEnd(good)).startsWith("HTTP/1.1 200").contains("Joko Widodo");
        for (Socket s : slow) {
            assertThat(readToEnd(s)).startsWith("HTTP/1.1 408")
                    .contains("the request body did not arrive within the time limit of 2000 ms (4 bytes arrived)");
        }
    }

    @Test
    void aBadChunkSizeIsAnswered400() throws IOException {
        List<Socket> bad = new ArrayList<>();
        for (int i = 0; i < ATTACKERS; i++) {
            Socket s = connect("127.0.0.5");
            send(s, "POST /v1/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\n");
            bad.add(s);
        }

        assertThat(healthWithinASecond()).startsWith("HTTP/1.1 200");
        for (Socket s : bad) {
            String answer = readToEnd(s);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("{\"error\":\"").doesNotContain("Exception")
                    .doesNotContain("[still open]");
        }
    }

    @Test
    void oneAddressHoldsAtMostItsShareOfConnections() throws IOException {
        // a server of its own, whose header time limit does not close the connections while the test looks at them
        try (EntityServer limited = EntityServer.builder(EntityExtractor.indonesian()).port(0).threads(1)
                .headerTimeout(Duration.ofSeconds(60)).maxConnectionsPerClient(10).start()) {
            List<Socket> many = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                many.add(connect("127.0.0.3", limited.port()));
            }
            // five are closed as soon as they open (which five depends on the order Jetty opens them in)
            Set<Socket> closed = new HashSet<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (closed.size() < 5 && System.nanoTime() < deadline) {
                for (Socket s : many) {
                    if (!closed.contains(s) && isClosed(s)) {
                        closed.add(s);
                    }
                }
            }
            assertThat(closed).hasSize(5);
            // the ten within the share are served
            for (Socket s : many) {
                if (!closed.contains(s)) {
                    s.setSoTimeout(15_000);
                    send(s, "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                    assertThat(readToEnd(s)).startsWith("HTTP/1.1 200");
                }
            }
            // and once they are closed, the address has its share again (the count goes down as they close)
            String again = "";
            for (int attempt = 0; attempt < 50 && !again.startsWith("HTTP/1.1 200"); attempt++) {
                List<Socket> batch = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    batch.add(connect("127.0.0.3", limited.port()));
                }
                Socket last = batch.get(batch.size() - 1);
                send(last, "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                again = readToEnd(last);
                for (Socket s : batch) {
                    s.close();
                }
                Uninterruptibles.sleepUninterruptibly(Duration.ofMillis(100));
            }
            assertThat(again).startsWith("HTTP/1.1 200");
        }
        assertThat(healthWithinASecond()).startsWith("HTTP/1.1 200");
    }

    @Test
    void errorsOfTheHttpLayerAreJsonAndHeadIsAnsweredWhereGetIs() throws IOException {
        Socket badUri = connect("127.0.0.1");
        send(badUri, "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String answer = readToEnd(badUri);
        Socket head = connect("127.0.0.1");
        send(head, "HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/json").contains("{\"error\":\"400 Bad")
                .doesNotContain("Exception").doesNotContain("<html");
        assertThat(readToEnd(head)).startsWith("HTTP/1.1 200").contains("text/html").doesNotContain("<html");
    }
}
