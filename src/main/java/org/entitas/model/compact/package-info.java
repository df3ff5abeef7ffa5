/**
 * Faster replacements of OpenNLP internals, used when models are read for tagging: a maxent and a perceptron
 * classifier with the same sums in compact arrays, a greedy search for name finders trained with a beam of
 * one, and a sentence detector with a faster abbreviation check. Each decides as OpenNLP's own does; the
 * tests of this package compare them on the test corpus.
 *
 * <p>One public class, {@link org.entitas.model.compact.CompactModels}, is the seam that
 * {@code org.entitas.model} calls; everything else is package-private.
 *
 * <p>Layering (lowest first; a package uses only those below it): {@code internal}, {@code lexicon},
 * <b>{@code model.compact}</b>, {@code model}, {@code pipeline}, the root {@code org.entitas}, then
 * {@code io}, {@code eval}, {@code train}, {@code bulk}, {@code graph}, {@code render}, {@code spark} and
 * {@code cli}. This package uses only {@code internal} ({@code org.entitas.LayeringTest} checks).
 */
package org.entitas.model.compact;
