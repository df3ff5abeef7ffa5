/**
 * Apache Spark integration: {@link org.entitas.spark.SparkTagger} tags a dataset of documents on a cluster, with
 * the bundled models or others; {@link org.entitas.spark.SparkDocuments} reads, spreads and writes documents.
 * The {@code spark-submit} entry point, with the command line's options, is {@code org.entitas.cli.SparkJob}.
 * Spark is a provided dependency: nothing here is needed, or pulled in, by users of the extractor alone.
 *
 * <p>Layering (lowest first; a package uses only those below it): {@code internal}, {@code lexicon},
 * {@code model.compact}, {@code model}, {@code pipeline}, the root {@code org.entitas}, {@code io},
 * {@code eval}, {@code train}, {@code bulk}, {@code graph}, {@code render}, <b>{@code spark}</b>,
 * {@code cli}. This package uses the root and {@code io} only ({@code org.entitas.LayeringTest} checks).
 */
package org.entitas.spark;
