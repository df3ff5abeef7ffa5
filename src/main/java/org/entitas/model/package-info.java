/**
 * Model files: the three kinds a pipeline needs and the file names they have in a model directory
 * ({@link org.entitas.model.ModelKind}). Reading and checking them is done by the internal
 * {@code org.entitas.pipeline} package, which reports a bad file with
 * {@link org.entitas.model.InvalidModelException}.
 */
package org.entitas.model;
