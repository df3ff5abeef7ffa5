package org.entitas.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Limits what one client can hold: at most {@code perClient} open connections from one address (a connection past
 * it is closed as soon as it opens), and a new connection must have sent a whole request head (request line and
 * headers) within {@code headerTimeout}, or it is closed. Together with the limit on all connections, a client that
 * opens many connections and sends their headers a byte at a time cannot crowd out the others. Thread-safe.
 */
final class ClientLimits implements Connection.Listener {

    private final int perClient;
    private final Duration headerTimeout;
    private final Scheduler scheduler;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private final Set<Connection> begun = ConcurrentHashMap.newKeySet();
    /** The address of each open connection: once closed, an endpoint no longer tells it. */
    private final Map<Connection, InetAddress> clients = new ConcurrentHashMap<>();

    ClientLimits(int perClient, Duration headerTimeout, Scheduler scheduler) {
        this.perClient = perClient;
        this.headerTimeout = headerTimeout;
        this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection);
        if (client != null) {
            clients.put(connection, client);
            if (open.merge(client, 1, Integer::sum) > perClient) {
                // closed once it is open: an endpoint closed while Jetty is still opening it keeps its socket
                scheduler.schedule(() -> connection.getEndPoint().close(), 0, TimeUnit.MILLISECONDS);
                return;
            }
        }
        scheduler.schedule(() -> {
            if (!begun.contains(connection)) {
                connection.getEndPoint().close();
            }
        }, headerTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        begun.remove(connection);
        InetAddress client = clients.remove(connection);
        if (client != null) {
            open.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** A request head arrived whole on the connection: its header time limit no longer applies. */
    void requestBegun(Connection connection) {
        if (connection != null && connection.getEndPoint().isOpen()) {
            begun.add(connection);
        }
    }

    private static InetAddress client(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress a ? a.getAddress() : null;
    }
}
