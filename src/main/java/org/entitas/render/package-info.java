/**
 * Pictures of the results: {@link org.entitas.render.DocumentPage} writes a document with its entities
 * highlighted by type, {@link org.entitas.render.GraphPage} draws the knowledge graph of a set of documents.
 * Both write self-contained HTML (inline style, script and SVG) that opens offline, with no server.
 * {@link org.entitas.render.PastePage} is the page of {@code entitas serve}: a form above a document page. Uses
 * the root package's values and {@code graph}.
 */
package org.entitas.render;
