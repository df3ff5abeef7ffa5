/**
 * The Indonesian word lists bundled with entitas ({@link org.entitas.lexicon.WordList}: titles, organization
 * heads, place cues, abbreviations, names of organizations), read in one place by the trainers of
 * {@code org.entitas.train}, by the boundary rules of {@code org.entitas.pipeline} and by the knowledge graph of
 * {@code org.entitas.graph}. Nothing here depends on OpenNLP.
 *
 * <p>Layering (lowest first; a package uses only those below it): {@code internal}, <b>{@code lexicon}</b>,
 * {@code model.compact}, {@code model}, {@code pipeline}, the root {@code org.entitas}, {@code io},
 * {@code eval}, {@code train}, {@code bulk}, {@code graph}, {@code render}, {@code spark}, {@code cli}. This
 * package uses no other package of the project ({@code org.entitas.LayeringTest} checks).
 */
package org.entitas.lexicon;
