/**
 * Model files: the three kinds a pipeline needs and their file names in a model directory
 * ({@link org.entitas.model.ModelKind}); reading and checking them ({@link org.entitas.model.Models}, the
 * entry for the engine, which reports a bad file with {@link org.entitas.model.InvalidModelException}); the
 * confidence calibration stored in a name finder's manifest ({@link org.entitas.model.Calibration}), written
 * by {@code org.entitas.train} and read by the engine; and the trust OpenNLP needs to instantiate the
 * project's feature generators ({@link org.entitas.model.OpenNlpExtensions}). Models are read through the
 * compact replacements of {@code org.entitas.model.compact}.
 *
 * <p>Layering (lowest first; a package uses only those below it): {@code internal}, {@code lexicon},
 * {@code model.compact}, <b>{@code model}</b>, {@code pipeline}, the root {@code org.entitas}, then
 * {@code io}, {@code eval}, {@code train}, {@code bulk}, {@code graph}, {@code render}, {@code spark} and
 * {@code cli}. This package uses {@code model.compact} and {@code internal} only ({@code org.entitas.LayeringTest}
 * checks).
 */
package org.entitas.model;
