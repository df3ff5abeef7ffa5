package org.entitas.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: reads documents (text files, one document each; JSON Lines; or
 * Parquet), tags them with {@link SparkTagger}, and writes JSON Lines or Parquet.
 *
 * <pre>
 * spark-submit --class org.entitas.spark.SparkJob entitas-cli.jar \
 *     --input hdfs:///news/*.jsonl --input-format json --output hdfs:///tagged --output-format parquet
 * </pre>
 *
 * Options: {@code --input PATH}, {@code --input-format text|json|parquet} (default json), {@code --output PATH},
 * {@code --output-format json|parquet} (default json), {@code --text-field NAME} (default text),
 * {@code --id-field NAME} (default id; text input uses the file's path).
 */
public final class SparkJob {

    private SparkJob() {
    }

    /** Reads, tags and writes; the session is the caller's. */
    public static void run(SparkSession spark, List<String> args) {
        String input = option(args, "--input", null);
        String output = option(args, "--output", null);
        if (input == null || output == null) {
            throw new IllegalArgumentException("usage: --input PATH --output PATH [--input-format text|json|parquet]"
                    + " [--output-format json|parquet] [--text-field NAME] [--id-field NAME]");
        }
        String inputFormat = option(args, "--input-format", "json");
        String outputFormat = option(args, "--output-format", "json");
        String textField = option(args, "--text-field", "text");
        String idField = option(args, "--id-field", "id");
        Dataset<Row> docs = read(spark, input, inputFormat, textField, idField);
        Dataset<Row> tagged = new SparkTagger(inputFormat.equals("text") ? "id" : idField,
                inputFormat.equals("text") ? "text" : textField).tag(docs);
        switch (outputFormat) {
            case "json": tagged.write().json(output); break;
            case "parquet": tagged.write().parquet(output); break;
            default: throw new IllegalArgumentException("--output-format must be json or parquet: " + outputFormat);
        }
    }

    /** Reads documents: text files (one document each, id the file's path), JSON Lines or Parquet. */
    public static Dataset<Row> read(SparkSession spark, String input, String format, String textField, String idField) {
        switch (format) {
            case "text":
                return spark.read().option("wholetext", true).text(input)
                        .select(input_file_name().as("id"), col("value").as("text"));
            case "json":
                return spark.read().json(input);
            case "parquet":
                return spark.read().parquet(input);
            default:
                throw new IllegalArgumentException("--input-format must be text, json or parquet: " + format);
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(i + 1);
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("entitas").getOrCreate();
        try {
            run(spark, Arrays.asList(args));
        } finally {
            spark.stop();
        }
    }
}
