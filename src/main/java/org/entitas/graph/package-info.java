/**
 * From mentions to entities: {@link org.entitas.graph.EntityResolver} groups a document's mentions into
 * {@link org.entitas.graph.Entity}s (short forms, acronyms) with stable keys.
 */
package org.entitas.graph;
