package org.entitas.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code spark-submit} entry point: reads documents (text files, one document each; JSON Lines; or
 * Parquet), tags them with {@link SparkTagger}, and writes JSON Lines or Parquet.
 *
 * <pre>
 * spark-submit --class org.entitas.spark.SparkJob entitas-cli.jar \
 *     --input hdfs:///news/*.jsonl --input-format json --output hdfs:///tagged --output-format parquet
 * </pre>
 *
 * Options: {@code --input PATH} and {@code --output PATH} (both required), {@code --input-format
 * text|json|parquet} (default json), {@code --output-format json|parquet} (default json), {@code --text-field
 * NAME} (default text), {@code --id-field NAME} (default id; text input uses the file's path). An unknown
 * option, a missing one or a bad format is rejected with a message naming it and the usage. The static
 * methods are thread-safe: each run parses its arguments into an instance of its own.
 */
@Command(name = "org.entitas.spark.SparkJob", description = "Tags documents on Spark with the entitas extractor.",
        sortOptions = false)
public final class SparkJob {

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

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "Documents to read.")
    String input;
    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Directory to write.")
    String output;
    @Option(names = "--input-format", defaultValue = "json", paramLabel = "text|json|parquet",
            description = "Input format (default: json).")
    InputFormat inputFormat;
    @Option(names = "--output-format", defaultValue = "json", paramLabel = "json|parquet",
            description = "Output format (default: json).")
    OutputFormat outputFormat;
    @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
            description = "Column of the text in JSON or Parquet input (default: text).")
    String textField;
    @Option(names = "--id-field", defaultValue = "id", paramLabel = "NAME",
            description = "Column of the id in JSON or Parquet input (default: id).")
    String idField;

    private SparkJob() {
    }

    /**
     * Reads, tags and writes; the session is the caller's.
     *
     * @throws IllegalArgumentException if the arguments are not valid (the message names the bad one and gives
     *     the usage)
     */
    public static void run(SparkSession spark, List<String> args) {
        SparkJob job = parse(args);
        job.run(requireNonNull(spark, "spark must not be null"));
    }

    /**
     * Parses the arguments; formats are matched without regard to case.
     *
     * @throws IllegalArgumentException if the arguments are not valid
     */
    static SparkJob parse(List<String> args) {
        SparkJob job = new SparkJob();
        CommandLine cli = new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true);
        try {
            cli.parseArgs(requireNonNull(args, "args must not be null").toArray(new String[0]));
        } catch (ParameterException e) {
            throw new IllegalArgumentException(e.getMessage() + "\n" + cli.getUsageMessage(), e);
        }
        return job;
    }

    private void run(SparkSession spark) {
        Dataset<Row> docs = read(spark, input, inputFormat);
        boolean text = inputFormat == InputFormat.TEXT;
        Dataset<Row> tagged = new SparkTagger(text ? "id" : idField, text ? "text" : textField).tag(docs);
        switch (outputFormat) {
            case JSON -> tagged.write().json(output);
            case PARQUET -> tagged.write().parquet(output);
        }
    }

    /**
     * Reads documents: text files (one document each, in columns {@code id}, the file's path, and
     * {@code text}), JSON Lines or Parquet.
     */
    public static Dataset<Row> read(SparkSession spark, String input, InputFormat format) {
        return switch (format) {
            case TEXT -> spark.read().option("wholetext", true).text(input)
                    .select(input_file_name().as("id"), col("value").as("text"));
            case JSON -> spark.read().json(input);
            case PARQUET -> spark.read().parquet(input);
        };
    }

    /**
     * Parses the arguments, then starts a session, runs and stops it; bad arguments are reported on standard
     * error with the usage, and exit with code 2 before Spark starts.
     */
    public static void main(String[] args) {
        SparkJob job;
        try {
            job = parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("entitas").getOrCreate();
        try {
            job.run(spark);
        } finally {
            spark.stop();
        }
    }
}
