package org.entitas.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entitas.spark.SparkDocuments;
import org.entitas.spark.SparkDocuments.InputFormat;
import org.entitas.spark.SparkDocuments.OutputFormat;
import org.entitas.spark.SparkTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code spark-submit} entry point: reads documents (text files, one document each; JSON Lines; or Parquet),
 * spreads them over the cluster, tags them with {@link SparkTagger} and the model options of {@code entitas tag},
 * and writes JSON Lines or Parquet.
 *
 * <pre>
 * spark-submit --class org.entitas.cli.SparkJob entitas-cli.jar \
 *     --input hdfs:///news/*.jsonl --output hdfs:///tagged --output-format parquet --types PERSON
 * </pre>
 *
 * Exit codes as {@link Main}'s: {@link Main#USAGE} for bad arguments (an unknown option too), before Spark
 * starts; {@link Main#ERROR} when the models cannot be loaded or the output exists without
 * {@code --mode overwrite}. Each run parses into command objects of its own.
 */
@Command(name = "org.entitas.cli.SparkJob", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Tags documents on Spark with the entitas extractor (run it with spark-submit).")
public final class SparkJob implements Callable<Integer> {

    /** What happens when the output exists. */
    enum Mode {
        /** Refuse to write (the default). */
        ERROR,
        /** Replace it. */
        OVERWRITE
    }

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "Documents to read (a glob too).")
    String input;
    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Directory to write.")
    String output;
    @Option(names = "--input-format", defaultValue = "json", paramLabel = "text|json|parquet",
            description = "Input format (default: ${DEFAULT-VALUE}).")
    InputFormat inputFormat;
    @Option(names = "--output-format", defaultValue = "json", paramLabel = "json|parquet",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat outputFormat;
    @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
            description = "Column of the text in JSON or Parquet input (default: ${DEFAULT-VALUE}).")
    String textField;
    @Option(names = "--id-field", defaultValue = "id", paramLabel = "NAME",
            description = "Column of the id in JSON or Parquet input (default: ${DEFAULT-VALUE}).")
    String idField;
    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Partitions to tag in (default: the cluster's default parallelism when the input has fewer).")
    int partitions;
    @Option(names = "--mode", defaultValue = "error", paramLabel = "error|overwrite",
            description = "When the output exists: refuse (default) or replace it.")
    Mode mode;
    @Mixin
    ModelOptions model = new ModelOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The session to run in; null: one is started (and stopped) from the spark-submit configuration. */
    private final SparkSession given;

    private SparkJob(SparkSession given) {
        this.given = given;
    }

    /**
     * Runs the job in {@code spark} (the caller's session, left open) and returns the exit code; messages go to
     * {@code err}.
     */
    public static int run(SparkSession spark, PrintWriter err, String... args) {
        return commandLine(Objects.requireNonNull(spark, "spark must not be null"), err).execute(args);
    }

    private static CommandLine commandLine(SparkSession spark, PrintWriter err) {
        CommandLine cli = new CommandLine(new SparkJob(spark)).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, args) -> {
            err.println("entitas spark: " + e.getMessage());
            err.println("Try '--help' for the options.");
            err.flush();
            return Main.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("entitas spark: " + Main.describe(e));
            err.flush();
            return Main.ERROR;
        });
        return cli;
    }

    @Override
    public Integer call() throws IOException {
        if (partitions < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--partitions must be at least 1: " + partitions);
        }
        boolean text = inputFormat == InputFormat.TEXT;
        SparkTagger tagger = text ? tagger("id", "text") : tagger(idField, textField);
        SparkSession spark = given != null ? given : SparkSession.builder().appName("entitas").getOrCreate();
        try {
            Dataset<Row> docs = SparkDocuments.spread(SparkDocuments.read(spark, input, inputFormat), partitions);
            SparkDocuments.write(tagger.tag(docs), output, outputFormat, mode == Mode.OVERWRITE);
            return Main.OK;
        } finally {
            if (given == null) {
                spark.stop();
            }
        }
    }

    /** The tagger of the model options, its extractor built here first so that a bad model fails at once. */
    private SparkTagger tagger(String idColumn, String textColumn) throws IOException {
        model.extractor(spec.commandLine());
        SparkTagger tagger = new SparkTagger(idColumn, textColumn).withMinConfidence(model.minConfidence);
        if (model.models != null) {
            tagger = tagger.withModels(model.models.toAbsolutePath().toString());
        }
        if (model.nerModel != null) {
            tagger = tagger.withNameFinder(model.nerModel.toAbsolutePath().toString());
        }
        for (Path file : model.addedNerModels) {
            tagger = tagger.withAddedNameFinder(file.toAbsolutePath().toString());
        }
        for (Path file : model.dictionaries) {
            tagger = tagger.withDictionary(file.toAbsolutePath().toString());
        }
        for (Path file : model.patterns) {
            tagger = tagger.withPatterns(file.toAbsolutePath().toString());
        }
        if (model.types != null) {
            tagger = tagger.withTypes(model.types);
        }
        tagger.extractor();
        return tagger;
    }

    /** Parses the arguments, then starts a session from the spark-submit configuration, runs and stops it. */
    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(commandLine(null, err).execute(args));
    }
}
