/**
 * Apache Spark integration: {@link org.entitas.spark.SparkTagger} tags a dataset of documents on a cluster,
 * {@link org.entitas.spark.SparkJob} is the {@code spark-submit} entry point. Spark is a provided dependency:
 * nothing here is needed, or pulled in, by users of the extractor alone.
 */
package org.entitas.spark;
