/**
 * Entity extraction over HTTP: {@link org.entitas.server.EntityServer} and its package-private handlers, on the
 * JDK's {@code com.sun.net.httpserver}. A layer above the facade: it may use the root package, {@code io} (the
 * JSON Lines of {@code tag}), {@code internal}, {@code render} (the page at {@code /}) and {@code model} (the
 * model card of {@code /v1/model}, a type of the public API); {@code cli} uses it
 * ({@code entitas serve}).
 */
package org.entitas.server;
