package org.entitas.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.entitas.cli.Main;
import org.entitas.cli.SparkJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit job's options, run in local mode: arguments, partitions, output mode, model options. */
class SparkJobTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("entitas-job-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private int run(String... args) {
        return SparkJob.run(spark, new PrintWriter(err, true), args);
    }

    /** Three short documents in one JSON Lines file: one partition when read. */
    private Path news() throws IOException {
        return Files.writeString(dir.resolve("news.jsonl"),
                "{\"id\":\"a\",\"text\":\"Presiden Joko Widodo tiba di Bandung.\"}\n"
                + "{\"id\":\"b\",\"text\":\"Menteri Sri Mulyani bertemu Kim Jong Un di Pyongyang.\"}\n"
                + "{\"id\":\"c\",\"text\":\"NATO dan PBB bersidang di Jakarta.\"}\n");
    }

    /** The JSON lines of every part file of an output directory, sorted. */
    static List<String> lines(Path output) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(output)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        out.sort(null);
        return out;
    }

    private static long partFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).count();
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorBeforeSparkWorks() throws IOException {
        assertThat(run("--input", news().toString(), "--output", dir.resolve("out").toString(), "--treads", "4"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).isEqualTo("entitas spark: Unknown options: '--treads', '4'\n"
                + "Try '--help' for the options.\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingOptionOrABadValueIsNamed() throws IOException {
        assertThat(run("--input", news().toString())).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("Missing required option: '--output=PATH'");
        assertThat(run("--input", "x", "--output", "y", "--mode", "append")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("'append'").contains("ERROR, OVERWRITE");
        assertThat(run("--input", "x", "--output", "y", "--partitions", "-1")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--partitions must be at least 1: -1");
    }

    @Test
    void anExistingOutputIsRefusedUnlessOverwriteIsAsked() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("earlier.txt"), "kept");

        assertThat(run("--input", news().toString(), "--output", out.toString())).isEqualTo(Main.ERROR);
        assertThat(err.toString()).isEqualTo("entitas spark: " + out
                + ": the output already exists (--mode overwrite replaces it)\n");
        assertThat(out.resolve("earlier.txt")).hasContent("kept");

        assertThat(run("--input", news().toString(), "--output", out.toString(), "--mode", "overwrite"))
                .isEqualTo(Main.OK);
        assertThat(out.resolve("earlier.txt")).doesNotExist();
        assertThat(lines(out)).hasSize(3);
    }

    @Test
    void oneJsonLinesFileIsSpreadOverTheDefaultParallelismOrThePartitionsAsked() throws IOException {
        Path news = news();
        assertThat(spark.read().json(news.toString()).rdd().getNumPartitions()).isEqualTo(1);

        assertThat(run("--input", news.toString(), "--output", dir.resolve("default").toString())).isEqualTo(Main.OK);
        assertThat(partFiles(dir.resolve("default"))).isEqualTo(spark.sparkContext().defaultParallelism()).isEqualTo(2);

        assertThat(run("--input", news.toString(), "--output", dir.resolve("three").toString(), "--partitions", "3"))
                .isEqualTo(Main.OK);
        assertThat(partFiles(dir.resolve("three"))).isEqualTo(3);
        assertThat(lines(dir.resolve("three"))).isEqualTo(lines(dir.resolve("default")));
    }

    @Test
    void theModelOptionsOfTagGiveWhatTagGives() throws IOException {
        sameAsTag(new String[] {"--models", "models/id", "--types", "PERSON,ORG", "--min-confidence", "0.75"},
                viaTag -> assertThat(String.join("\n", viaTag)).doesNotContain("LOCATION")
                        .contains("\"Sri Mulyani\"").contains("\"PBB\""));
    }

    @Test
    void theDictionaryAndPatternsOfTagGiveWhatTagGives() throws IOException {
        Path names = Files.writeString(dir.resolve("names.tsv"), "# nama\nSri Mulyani\tMINISTER\n");
        Path patterns = Files.writeString(dir.resolve("patterns.tsv"), "GATHERING\tbersidang di /[A-Z].*/\n");
        sameAsTag(new String[] {"--dictionary", names.toString(), "--patterns", patterns.toString()},
                viaTag -> assertThat(String.join("\n", viaTag))
                        .contains("\"text\":\"Sri Mulyani\",\"type\":\"MINISTER\"")
                        .contains("\"text\":\"bersidang di Jakarta\",\"type\":\"GATHERING\""));
    }

    /** The job with {@code options} writes what {@code tag} writes with them, which also passes {@code check}. */
    private void sameAsTag(String[] options, Consumer<List<String>> check) throws IOException {
        Path news = news();
        List<String> args = new ArrayList<>(List.of("--input", news.toString(), "--output",
                dir.resolve("out").toString()));
        args.addAll(List.of(options));
        assertThat(run(args.toArray(new String[0]))).isEqualTo(Main.OK);

        List<String> tagArgs = new ArrayList<>(List.of("tag", "-q"));
        tagArgs.addAll(List.of(options));
        tagArgs.add(news.toString());
        StringWriter out = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), tagArgs.toArray(new String[0])))
                .isEqualTo(Main.OK);
        List<String> viaTag = new ArrayList<>(out.toString().lines().toList());
        viaTag.sort(null);

        assertThat(lines(dir.resolve("out"))).isEqualTo(viaTag);
        check.accept(viaTag);
    }

    @Test
    void aBadModelFailsBeforeTheJobWithItsName() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.bin"), "bukan model");
        assertThat(run("--input", news().toString(), "--output", dir.resolve("out").toString(), "--ner-model",
                junk.toString())).isEqualTo(Main.ERROR);
        assertThat(err.toString()).isEqualTo("entitas spark: " + junk
                + ": not an OpenNLP model (those are zip archives; this file is not one) (expected a name finder model)\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
