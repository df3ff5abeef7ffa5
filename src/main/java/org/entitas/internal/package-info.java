/**
 * Helpers the other packages share that are not part of the API: please don't depend on them, they change
 * without notice. Depends on no other package of the project.
 */
package org.entitas.internal;
