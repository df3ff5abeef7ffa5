/**
 * Named-entity extraction for Indonesian: the facade {@link org.entitas.EntityExtractor}, the values it
 * returns ({@link org.entitas.Mention}, {@link org.entitas.TaggedDocument}, {@link org.entitas.EntityType})
 * and its exceptions. The work lives in the sub-packages.
 *
 * <p>Layering (lowest first; a package uses only those below it): {@code internal}, {@code lexicon},
 * {@code model.compact}, {@code model}, {@code pipeline}, <b>the root {@code org.entitas}</b>, {@code io},
 * {@code eval}, {@code train}, {@code bulk}, {@code graph}, {@code render}, {@code spark}, {@code cli}. This
 * package uses {@code pipeline}, {@code model} and {@code internal} only ({@code org.entitas.LayeringTest}
 * checks).
 */
package org.entitas;
