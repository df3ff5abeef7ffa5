/**
 * Named-entity extraction for Indonesian: the facade {@link org.entitas.EntityExtractor}, the values it
 * returns ({@link org.entitas.Mention}, {@link org.entitas.TaggedDocument}, {@link org.entitas.EntityType})
 * and its exceptions. The work lives in the sub-packages.
 */
package org.entitas;
