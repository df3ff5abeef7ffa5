/**
 * From tagged documents to a knowledge graph: {@link org.entitas.graph.EntityResolver} groups a document's
 * mentions into {@link org.entitas.graph.Entity}s (short forms, acronyms) with stable keys,
 * {@link org.entitas.graph.RoleRelations} reads roles from the titles in a document's sentences,
 * {@link org.entitas.graph.KnowledgeGraph} joins the documents into nodes, ties and roles, and
 * {@link org.entitas.graph.GraphExports} and {@link org.entitas.graph.RdfExport} write Neo4j CSV, GraphML and
 * Turtle. Uses the root package's values, {@code io} and {@code lexicon}.
 */
package org.entitas.graph;
