/**
 * The engine of extraction. {@link org.entitas.pipeline.Engine} is the one entry, which the facade
 * {@link org.entitas.EntityExtractor} tags with: a text or its tokens in, sentences, tokens and the final names out
 * ({@link org.entitas.pipeline.Engine.Annotation}), the names of every source combined ({@code NameSources}: the
 * pipeline's own name finder, added ones in a {@code NameFinderPool}, a dictionary and patterns in a
 * {@code TokenRuler}, read by {@code RuleFiles}) and the labels and minimum confidence applied. Below it,
 * {@code Pipeline}: the per-thread sentence detector, tokenizer and name finder
 * ({@code Annotator}) over models loaded by {@code org.entitas.model}, with the rules that recognise datelines
 * and correct span boundaries around the name finder ({@code SpanRules}); and the feature generators, their
 * factories, the gazetteer and its serializer that the project's name finder models use.
 *
 * <p><b>Frozen class names.</b> Model files name some classes of this package: the manifest of a name finder
 * names {@link org.entitas.pipeline.EntitasNameFinderFactory} and the serializers of its resources, and its
 * feature generator descriptor names the {@code *FeatureGeneratorFactory} classes. OpenNLP instantiates them
 * by those names when a model is loaded, so they must stay public, in this package, under these names, or
 * every model trained before a move stops loading. {@code FrozenClassNamesTest} reads every class name
 * written in the bundled model files and the training descriptors and fails when one no longer resolves.
 * Everything else here is package-private but {@code Engine}, the entry, and {@code Gazetteer}, which training
 * builds.
 *
 * <p>Layering (lowest first; a package uses only those below it): {@code internal}, {@code lexicon},
 * {@code model.compact}, {@code model}, <b>{@code pipeline}</b>, the root {@code org.entitas}, then
 * {@code io}, {@code eval}, {@code train}, {@code bulk}, {@code graph}, {@code render}, {@code spark} and
 * {@code cli}. This package uses {@code model}, {@code lexicon} and {@code internal} only
 * ({@code org.entitas.LayeringTest} checks).
 */
package org.entitas.pipeline;
