/**
 * Evaluation of name finding: precision, recall and F1 per type and overall, exact span match, on gold CoNLL
 * files ({@link org.entitas.eval.NameFinderEvaluation}) or on raw text with brat annotations
 * ({@link org.entitas.eval.CorpusEvaluation}), and the errors sorted into classes (overrun, underrun, joined,
 * split, crossing, wrong type, missed, spurious) per type ({@link org.entitas.eval.ErrorTable}). The sentence detector and tokenizer are scored by their
 * trainers in {@code org.entitas.train}.
 *
 * <p>Layering (lowest first; a package uses only those below it): {@code internal}, {@code lexicon},
 * {@code model.compact}, {@code model}, {@code pipeline}, the root {@code org.entitas}, {@code io},
 * <b>{@code eval}</b>, {@code train}, {@code bulk}, {@code graph}, {@code render}, {@code spark},
 * {@code cli}. This package uses the root and {@code io} only ({@code org.entitas.LayeringTest} checks).
 */
package org.entitas.eval;
