/**
 * Entity extraction over HTTP: {@link org.entitas.server.EntityServer} and its package-private handlers, on the
 * JDK's {@code com.sun.net.httpserver}. A layer above the facade: it may use the root package, {@code io} (the
 * JSON Lines of {@code tag}), {@code internal} and {@code render} (the page at {@code /}); {@code cli} uses it
 * ({@code entitas serve}).
 */
package org.entitas.server;
