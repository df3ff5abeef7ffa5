/**
 * Pictures of the results: {@link org.entitas.render.DocumentPage} writes a document with its entities
 * highlighted by type, {@link org.entitas.render.GraphPage} a page to explore the knowledge graph of a set of
 * documents, drawn by the bundled Cytoscape.js, and {@link org.entitas.render.IndexPage} the list of documents.
 * The pages open offline, with no server: style and script inline, and the graph page's library beside it.
 * {@link org.entitas.render.PastePage} is the page of {@code entitas serve}: a form above a document page. Uses
 * the root package's values and {@code graph}.
 */
package org.entitas.render;
