/**
 * Model files: their kinds and names ({@link org.entitas.model.ModelKind}) and how they are read and checked
 * ({@link org.entitas.model.ModelFiles}).
 */
package org.entitas.model;
