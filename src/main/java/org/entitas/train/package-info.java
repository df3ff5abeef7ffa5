/**
 * Training the models: {@link org.entitas.train.SentenceTraining} and {@link org.entitas.train.TokenTraining}
 * on treebanks, {@link org.entitas.train.NameFinderTraining} on CoNLL-style corpora with a
 * {@link org.entitas.train.NerRecipe} (its {@link org.entitas.train.Algorithm},
 * {@link org.entitas.train.FeatureSet} and {@link org.entitas.train.Codec}) and
 * {@link org.entitas.train.TrainingResources} (gazetteers, word clusters), the confidence calibration of a
 * name finder ({@link org.entitas.train.ConfidenceCalibration}) and word clusters
 * ({@link org.entitas.train.WordClustering}). The bundled word lists are read through
 * {@code org.entitas.lexicon}. Uses the root package, {@code io}, {@code eval}, {@code pipeline} (whose feature
 * generators the models name), {@code model} and {@code lexicon}.
 */
package org.entitas.train;
