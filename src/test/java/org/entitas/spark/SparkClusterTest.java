package org.entitas.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.entitas.cli.Main;
import org.entitas.cli.SparkJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's main class on a Spark of several processes, {@code local-cluster[2,1,1024]}: a driver JVM started
 * by the test, and a Master and two Workers in it that launch each executor as a JVM of its own, so that the
 * tagger, its settings and the rows cross JVMs serialised. Its output equals the in-process run's.
 *
 * <p>A Worker starts executors from {@code $SPARK_HOME/jars}: the test makes a Spark home whose {@code jars}
 * links to the jars of its own class path, and gives the executors {@code target/classes}.
 */
class SparkClusterTest {

    private static final String[] ARGS = {"--input", "test-corpus/*.txt", "--input-format", "text",
        "--models", "models/id", "--types", "PERSON,LOCATION", "--min-confidence", "0.6"};

    @Test
    void theJobOnTwoExecutorJvmsWritesWhatTheInProcessRunWrites(@TempDir Path dir) throws Exception {
        Path home = sparkHome(dir.resolve("spark-home"));
        Path clusterOut = dir.resolve("cluster");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        // the module openings of this JVM (the pom's argLine), which the Spark driver needs on Java 17
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens")).forEach(command::add);
        command.addAll(List.of("-Dspark.master=local-cluster[2,1,1024]", "-Dspark.ui.enabled=false",
                "-Dspark.executor.extraClassPath=" + Path.of("target/classes").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), SparkJob.class.getName()));
        command.addAll(List.of(ARGS));
        command.addAll(List.of("--output", clusterOut.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("driver.log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");

        long start = System.nanoTime();
        Process driver = pb.start();
        boolean ended = driver.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            driver.destroyForcibly().waitFor();
        }
        System.out.printf("SparkClusterTest: the job on local-cluster[2,1,1024] took %.1f s%n",
                (System.nanoTime() - start) / 1e9);
        String log = Files.readString(dir.resolve("driver.log"), StandardCharsets.UTF_8);
        assertThat(ended).as(log).isTrue();
        assertThat(driver.exitValue()).as(log).isEqualTo(Main.OK);

        // each executor ran in a JVM of its own: a Worker gives each one a directory for its stdout and stderr
        assertThat(executorDirectories(home.resolve("work"))).as(log).hasSize(2);

        List<String> cluster = SparkJobTest.lines(clusterOut);
        assertThat(cluster).hasSize(41);
        assertThat(cluster).isEqualTo(inProcess(dir.resolve("local")));
    }

    /** The same job in this JVM, Spark in local mode. */
    private static List<String> inProcess(Path out) throws IOException {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("entitas-cluster-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            List<String> args = new ArrayList<>(List.of(ARGS));
            args.addAll(List.of("--output", out.toString()));
            StringWriter err = new StringWriter();
            assertThat(SparkJob.run(spark, new PrintWriter(err), args.toArray(new String[0]))).as(err.toString())
                    .isEqualTo(Main.OK);
        } finally {
            spark.stop();
        }
        return SparkJobTest.lines(out);
    }

    /** A Spark home whose jars are this test's: links to every jar of the class path. */
    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && !Files.exists(jars.resolve(jar.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        return home;
    }

    /** The executor directories under a Worker's work directory: app-ID/EXECUTOR-ID. */
    private static List<Path> executorDirectories(Path work) throws IOException {
        try (Stream<Path> all = Files.walk(work, 2)) {
            return all.filter(p -> p.getNameCount() == work.getNameCount() + 2 && Files.isDirectory(p)).toList();
        }
    }
}
