package org.entitas.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.udf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reads documents for {@link SparkTagger} (text files, one document each; JSON Lines; Parquet), spreads them over
 * the cluster, and writes tagged documents (JSON Lines or Parquet). Stateless; the static methods are
 * thread-safe as far as the session given is.
 */
public final class SparkDocuments {

    /** How the input is read. Immutable and thread-safe. */
    public enum InputFormat {
        /** Text files, one document each; the id is the file's path. */
        TEXT,
        /** JSON Lines, one document an object. */
        JSON,
        /** Parquet, one document a row. */
        PARQUET
    }

    /** How the tagged documents are written. Immutable and thread-safe. */
    public enum OutputFormat {
        /** JSON Lines. */
        JSON,
        /** Parquet. */
        PARQUET
    }

    private SparkDocuments() {
    }

    /**
     * Reads documents: text files (one document each, in columns {@code id}, the file's path, and
     * {@code text}), JSON Lines or Parquet. A local file's id is its path as {@code entitas tag} gives it: relative
     * to the working directory when {@code input} is a relative path, else absolute (not Spark's {@code file:} URI);
     * a file of another file system (HDFS, S3) keeps its URI.
     */
    public static Dataset<Row> read(SparkSession spark, String input, InputFormat format) {
        requireNonNull(spark, "spark must not be null");
        requireNonNull(input, "input must not be null");
        return switch (requireNonNull(format, "format must not be null")) {
            case TEXT -> spark.read().option("wholetext", true).text(input)
                    .select(udf(new FileId(relativeTo(input)), DataTypes.StringType).apply(input_file_name()).as("id"),
                            col("value").as("text"));
            case JSON -> spark.read().json(input);
            case PARQUET -> spark.read().parquet(input);
        };
    }

    /** The working directory's path with a trailing separator when {@code input} is a relative local path. */
    private static String relativeTo(String input) {
        boolean relative = !input.startsWith("/") && !input.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
        return relative ? Path.of("").toAbsolutePath() + "/" : "";
    }

    /** The id of a file read by Spark: a local file's path (relative to {@code base} when under it), or its URI. */
    static final class FileId implements UDF1<String, String> {
        private static final long serialVersionUID = 1L;
        private final String base;

        FileId(String base) {
            this.base = base;
        }

        @Override
        public String call(String uri) {
            if (!uri.startsWith("file:")) {
                return uri;
            }
            String path = Path.of(URI.create(uri)).toString();
            return !base.isEmpty() && path.startsWith(base) ? path.substring(base.length()) : path;
        }
    }

    /**
     * Spreads documents over {@code partitions} partitions; with 0, over the cluster's default parallelism
     * ({@code spark.default.parallelism}, by default the executors' cores) when they have fewer partitions than
     * that. A single JSON Lines file is read as one partition, and would otherwise be tagged by one task.
     *
     * @throws IllegalArgumentException if {@code partitions} is negative
     */
    public static Dataset<Row> spread(Dataset<Row> documents, int partitions) {
        requireNonNull(documents, "documents must not be null");
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be at least 1 (0 for the default): " + partitions);
        }
        int target = partitions > 0 ? partitions : documents.sparkSession().sparkContext().defaultParallelism();
        int now = documents.rdd().getNumPartitions();
        return partitions > 0 && target != now || partitions == 0 && now < target
                ? documents.repartition(target) : documents;
    }

    /**
     * Writes tagged documents to the directory {@code output}; with {@code overwrite} false an existing
     * {@code output} is refused before anything is written.
     *
     * @throws IllegalStateException if {@code output} exists and {@code overwrite} is false (the message names it)
     * @throws UncheckedIOException if the output's file system cannot be asked
     */
    public static void write(Dataset<Row> tagged, String output, OutputFormat format, boolean overwrite) {
        requireNonNull(tagged, "tagged must not be null");
        requireNonNull(output, "output must not be null");
        requireNonNull(format, "format must not be null");
        if (!overwrite && exists(tagged.sparkSession(), output)) {
            throw new IllegalStateException(output + ": the output already exists (--mode overwrite replaces it)");
        }
        var writer = tagged.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        switch (format) {
            case JSON -> writer.json(output);
            case PARQUET -> writer.parquet(output);
        }
    }

    private static boolean exists(SparkSession spark, String output) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(output);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": cannot be checked: " + e.getMessage(), e);
        }
    }
}
