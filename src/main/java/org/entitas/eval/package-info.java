/**
 * Evaluation of name finding: precision, recall and F1 per type and overall, exact span match, on gold CoNLL
 * files ({@link org.entitas.eval.NameFinderEvaluation}) or on raw text with brat annotations
 * ({@link org.entitas.eval.CorpusEvaluation}). The sentence detector and tokenizer are scored by their
 * trainers in {@code org.entitas.train}.
 */
package org.entitas.eval;
