/**
 * Entity extraction over HTTP: {@link org.entitas.server.EntityServer} and its package-private handlers, on Jetty
 * (an optional dependency; {@code Dispatch} is its one handler, {@code ClientLimits} bounds each client's
 * connections). A layer above the facade: it may use the root package, {@code io} (the
 * JSON Lines of {@code tag}), {@code internal}, {@code render} (the page at {@code /}) and {@code model} (the
 * model card of {@code /v1/model}, a type of the public API); {@code cli} uses it
 * ({@code entitas serve}).
 */
package org.entitas.server;
