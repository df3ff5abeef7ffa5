/**
 * Helpers the other packages share that are not part of the API: please don't depend on them, they change
 * without notice. Depends on no other package of the project.
 *
 * <p>Layering (lowest first; a package uses only those below it): <b>{@code internal}</b>, {@code lexicon},
 * {@code model.compact}, {@code model}, {@code pipeline}, the root {@code org.entitas}, {@code io},
 * {@code eval}, {@code train}, {@code bulk}, {@code graph}, {@code render}, {@code spark}, {@code cli}. This
 * package uses no other package of the project ({@code org.entitas.LayeringTest} checks).
 */
package org.entitas.internal;
