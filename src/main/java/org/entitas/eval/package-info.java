/**
 * Evaluation: precision, recall and F1 of sentence splitting, tokenization and name finding against gold
 * data, with exact span match.
 */
package org.entitas.eval;
