/**
 * Readers and writers of the formats entitas works with: CoNLL-style token files, CoNLL-U treebanks, JSON
 * Lines, brat standoff annotations.
 */
package org.entitas.io;
