/**
 * From tagged documents to a knowledge graph: {@link org.entitas.graph.MentionCleaner} cleans the mentions the
 * graph takes in (datelines, headline verbs, unclosed brackets, titles), {@link org.entitas.graph.EntityResolver}
 * groups a document's mentions into {@link org.entitas.graph.Entity}s (short forms, acronyms),
 * {@link org.entitas.graph.RoleRelations} reads roles from the titles in a document's sentences,
 * {@link org.entitas.graph.KnowledgeGraph} joins the documents into one node per real-world entity (with the
 * team's table of equivalent names, {@code equivalences.tsv}), ties and roles, and
 * {@link org.entitas.graph.GraphExports} and {@link org.entitas.graph.RdfExport} write Neo4j CSV, GraphML and
 * Turtle. Uses the root package's values, {@code io}, {@code lexicon} and {@code internal} (to name Jena when
 * it is missing).
 */
package org.entitas.graph;
