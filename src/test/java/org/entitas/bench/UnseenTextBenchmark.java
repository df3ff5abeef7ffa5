package org.entitas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Tagging text the run has not seen: in each fork the JIT is warmed on other text ({@code test-corpus/}, three passes),
 * then one pass over documents never tagged before in that JVM is timed (single shot), so the word memory of the
 * annotator and every other cache meet those documents as a new archive would. The full pipeline
 * ({@link EntityExtractor#indonesian()}) beside the plain OpenNLP pipeline of {@link PlainPipeline} (its sentence,
 * token and name finder models: {@code models/id/id-sent.bin}, {@code id-token.bin},
 * {@code models/baseline/id-ner-plain.bin}), each in forks of its own.
 *
 * <p>The documents are the {@code .txt} files of the directory in the environment variable
 * {@code ENTITAS_BENCH_DOCS}; {@code src/bench/unseen-jmh.sh} makes them from {@code ../shared/data} and runs this.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = UnseenTextBenchmark.WARM_UP_PASSES)
@Measurement(iterations = 1)
@Fork(5)
public class UnseenTextBenchmark {

    static final int WARM_UP_PASSES = 3;

    /** The texts of one pass: {@code test-corpus/} while warming up, then the unseen documents. */
    @State(Scope.Benchmark)
    public static class Texts {
        List<String> warmUp;
        List<String> unseen;
        List<String> pass;
        private int iteration;

        @Setup(Level.Trial)
        public void read() throws IOException {
            warmUp = Benchmarks.corpus();
            String dir = System.getenv("ENTITAS_BENCH_DOCS");
            if (dir == null || !Files.isDirectory(Path.of(dir))) {
                throw new IllegalStateException("ENTITAS_BENCH_DOCS must name a directory of .txt documents"
                        + " (src/bench/unseen-jmh.sh makes one): " + dir);
            }
            unseen = texts(Path.of(dir));
        }

        @Setup(Level.Iteration)
        public void next() {
            iteration++;
            pass = iteration <= WARM_UP_PASSES ? warmUp : unseen;
        }
    }

    /** The bundled extractor, loaded once per fork. */
    @State(Scope.Benchmark)
    public static class Entitas {
        EntityExtractor extractor;

        @Setup(Level.Trial)
        public void load() {
            extractor = EntityExtractor.indonesian();
        }
    }

    /** The plain OpenNLP pipeline, loaded once per fork. */
    @State(Scope.Benchmark)
    public static class Plain {
        PlainPipeline pipeline;

        @Setup(Level.Trial)
        public void load() throws IOException {
            pipeline = new PlainPipeline(Path.of("models", "id", "id-sent.bin"), Path.of("models", "id", "id-token.bin"),
                    Path.of("models", "baseline", "id-ner-plain.bin"));
        }
    }

    /** The texts of the {@code .txt} files in {@code dir} and below, in path order. */
    static List<String> texts(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p));
            }
        }
        return out;
    }

    /** One pass through the full pipeline. */
    @Benchmark
    public void entitas(Texts t, Entitas e, Blackhole bh) {
        for (String text : t.pass) {
            bh.consume(e.extractor.extract(text));
        }
    }

    /** One pass through the plain OpenNLP pipeline. */
    @Benchmark
    public void plainOpenNlp(Texts t, Plain p, Blackhole bh) {
        for (String text : t.pass) {
            bh.consume(p.pipeline.tag("doc", text));
        }
    }

    public static void main(String[] args) throws Exception {
        double entitas = 0;
        double plain = 0;
        for (RunResult r : new Runner(new OptionsBuilder().include(UnseenTextBenchmark.class.getName() + "\\.").build())
                .run()) {
            double ms = r.getPrimaryResult().getScore();
            if (r.getParams().getBenchmark().endsWith(".entitas")) {
                entitas = ms;
            } else {
                plain = ms;
            }
        }
        System.out.printf(Locale.ROOT, "%nunseen documents, one pass after the JIT warmed on test-corpus: entitas %.0f ms,"
                + " plain OpenNLP %.0f ms; time ratio entitas / plain %.2f (throughput %.2f x)%n", entitas, plain,
                entitas / plain, plain / entitas);
    }
}
