package org.entitas.bench;

import java.util.concurrent.TimeUnit;
import org.entitas.EntityExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What a library user waits for before the first document: {@link EntityExtractor#indonesian()} in a JVM that has
 * not loaded the models before. Single shot, no warm-up: each of the forks measures one call, the first of its JVM,
 * with the JVM's default settings (no options added). Run with
 * {@code mvn -B test-compile exec:exec -Dbench.class=org.entitas.bench.StartupBenchmark}.
 *
 * <p>{@link Benchmarks#loadBundledModels} is the warm figure beside it: the same loading repeated in one JVM.
 */
public class StartupBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public EntityExtractor indonesianFirstCall() {
        return EntityExtractor.indonesian();
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(StartupBenchmark.class.getName() + "\\.").build()).run();
    }
}
