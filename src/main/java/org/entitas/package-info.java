/**
 * Named-entity extraction for Indonesian: the facade {@link org.entitas.EntityExtractor}, the values it
 * returns ({@link org.entitas.Mention}, {@link org.entitas.TaggedDocument}, {@link org.entitas.EntityType})
 * and its exceptions. The work lives in the sub-packages.
 *
 * <p>Nulls: the public API of this package and of {@code io}, {@code eval}, {@code graph}, {@code render}
 * and {@code bulk} takes no null argument and returns no null. A null argument is rejected at once, before
 * any work, with a {@code NullPointerException} naming the parameter ({@code "text must not be null"});
 * absence is {@link java.util.Optional} or an empty collection. Other bad values are
 * {@code IllegalArgumentException} with the value in the message. {@code NullPolicyTest} checks this.
 *
 * <p>Layering (lowest first; a package uses only those below it): {@code internal}, {@code lexicon},
 * {@code model.compact}, {@code model}, {@code pipeline}, <b>the root {@code org.entitas}</b>, {@code io},
 * {@code eval}, {@code train}, {@code bulk}, {@code graph}, {@code render}, {@code spark}, {@code cli}. This
 * package uses {@code pipeline}, {@code model} and {@code internal} only ({@code org.entitas.LayeringTest}
 * checks).
 */
package org.entitas;
