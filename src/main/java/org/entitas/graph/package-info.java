/**
 * From tagged documents to a knowledge graph: {@link org.entitas.graph.MentionCleaner} cleans the mentions the
 * graph takes in (datelines, headline verbs, unclosed brackets, titles, street numbers; then, with the rest of the
 * document, headline lines, candidate pairs, institutions fused with their people, common words),
 * {@link org.entitas.graph.EntityResolver} groups a document's mentions into {@link org.entitas.graph.Entity}s
 * (short forms, acronyms), {@link org.entitas.graph.RoleRelations} reads roles from the titles in a document's
 * sentences, {@link org.entitas.graph.KnowledgeGraph} keeps the media of datelines apart as the documents' sources
 * and joins the documents into one node per real-world entity (with the team's table of equivalent names,
 * {@code equivalences.tsv}; one node per name across types), ties and roles, links nodes to the world gazetteers
 * (the bundled table {@code models/links/world-links.tsv}), and {@link org.entitas.graph.GraphExports} and
 * {@link org.entitas.graph.RdfExport} write Neo4j CSV, GraphML and Turtle. The rules about names (normal form,
 * words, initials, acronyms) live in one package-private value, {@code Name}. Uses the root package's values,
 * {@code io}, {@code lexicon} and {@code internal} (to name Jena when it is missing).
 */
package org.entitas.graph;
