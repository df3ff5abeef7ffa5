package org.entitas.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.entitas.EntityExtractor;
import org.entitas.Mention;
import org.entitas.pipeline.Engine;
import org.entitas.pipeline.PipelineAccess;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Speed, side by side in one run: the full entitas pipeline (sentence splitting, tokenization, name finding
 * with the bundled model, greedy search) against plain OpenNLP name finders with OpenNLP's default features
 * and search (a beam of 3) on the same tokens, on the documents of {@code test-corpus/}; the pipeline on one
 * thread through a new annotator at each pass, whose remembered word cuts start empty; the pipeline on one
 * and on two threads sharing one extractor; and the time to load the bundled models. Run with
 * {@code mvn -B test-compile exec:exec}.
 *
 * <p>Two plain name finders, both with OpenNLP's defaults (maxent, 100 iterations, cutoff 5, default
 * feature generators, beam 3), differ in what they were trained on. One is trained here, on the test corpus's
 * own annotations (the pipeline's output): a small model. The other,
 * {@code models/baseline/id-ner-plain.bin} (made by {@code models/baseline.sh}), is trained on the train
 * splits of the four named-entity corpora, as a user would train a plain Indonesian name finder: its table of
 * features has the size such a model has.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 3, jvmArgsAppend = "-Xmx2g")
public class Benchmarks {

    List<String> texts;
    /** The same documents as tokens, sentence by sentence, as the pipeline cuts them. */
    List<List<String[]>> tokens;
    long tokenCount;
    EntityExtractor extractor;
    TokenNameFinderModel plainModel;
    TokenNameFinderModel corporaModel;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        texts = corpus();
        extractor = EntityExtractor.indonesian();
        tokens = new ArrayList<>();
        List<NameSample> samples = new ArrayList<>();
        for (String text : texts) {
            List<String[]> doc = new ArrayList<>();
            List<Mention> mentions = extractor.extract(text);
            for (List<int[]> sentence : Tokens.of(text)) {
                String[] toks = sentence.stream().map(r -> text.substring(r[0], r[1])).toArray(String[]::new);
                doc.add(toks);
                tokenCount += toks.length;
                samples.add(new NameSample(toks, Tokens.spans(sentence, mentions), doc.size() == 1));
            }
            tokens.add(doc);
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        plainModel = NameFinderME.train("id", null, new CollectionObjectStream<>(samples), params,
                new TokenNameFinderFactory());
        corporaModel = new TokenNameFinderModel(Path.of("models", "baseline", "id-ner-plain.bin"));
    }

    static List<String> corpus() throws IOException {
        return UnseenTextBenchmark.texts(Path.of("test-corpus"));
    }

    /** Per-thread OpenNLP name finders over the two plain models (NameFinderME is not thread-safe). */
    @State(Scope.Thread)
    public static class PlainFinders {
        NameFinderME plain;
        NameFinderME corpora;

        @Setup(Level.Trial)
        public void setUp(Benchmarks b) {
            plain = new NameFinderME(b.plainModel);
            corpora = new NameFinderME(b.corporaModel);
        }
    }

    /**
     * A new annotator for every operation (made before it, not timed): the word cuts the tokenizer remembers
     * start empty at each pass over the corpus, as on an archive whose words were never seen.
     */
    @State(Scope.Thread)
    public static class NewAnnotator {
        Function<String, Engine.Annotation> annotate;

        @Setup(Level.Invocation)
        public void setUp() {
            annotate = PipelineAccess.newAnnotator();
        }
    }

    /** One operation: the whole test corpus through the full pipeline. */
    @Benchmark
    @Threads(1)
    public void pipelineOneThread(Blackhole bh) {
        for (String t : texts) {
            bh.consume(extractor.extract(t));
        }
    }

    /** The same through an annotator that has remembered nothing (see {@link NewAnnotator}). */
    @Benchmark
    @Threads(1)
    public void pipelineOneThreadNewAnnotator(NewAnnotator a, Blackhole bh) {
        for (String t : texts) {
            bh.consume(a.annotate.apply(t));
        }
    }

    /** The same on two threads sharing one extractor: ops/s is the sum over both threads. */
    @Benchmark
    @Threads(2)
    public void pipelineTwoThreads(Blackhole bh) {
        for (String t : texts) {
            bh.consume(extractor.extract(t));
        }
    }

    /** One operation: the same corpus's tokens through a plain OpenNLP name finder with default features. */
    @Benchmark
    @Threads(1)
    public void plainOpenNlpNameFinder(PlainFinders f, Blackhole bh) {
        findNames(f.plain, bh);
    }

    /** The same as {@link #plainOpenNlpNameFinder}, with the plain model trained on the four corpora. */
    @Benchmark
    @Threads(1)
    public void plainNameFinderTrainedOnCorpora(PlainFinders f, Blackhole bh) {
        findNames(f.corpora, bh);
    }

    /** The corpus's tokens, sentence by sentence, through one name finder, its adaptive data cleared per document. */
    private void findNames(NameFinderME finder, Blackhole bh) {
        for (List<String[]> doc : tokens) {
            for (String[] sentence : doc) {
                bh.consume(finder.find(sentence));
            }
            finder.clearAdaptiveData();
        }
    }

    /** Loading the three bundled models from the jar. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Object loadBundledModels() {
        return Engine.bundled();
    }

    public static void main(String[] args) throws Exception {
        Benchmarks b = new Benchmarks();
        b.setUp();
        var results = new Runner(new OptionsBuilder().include(Benchmarks.class.getName() + "\\.").build()).run();
        double one = 0;
        double fresh = 0;
        double two = 0;
        double plain = 0;
        double corpora = 0;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (name.endsWith("pipelineOneThread")) {
                one = score;
            } else if (name.endsWith("pipelineOneThreadNewAnnotator")) {
                fresh = score;
            } else if (name.endsWith("pipelineTwoThreads")) {
                two = score;
            } else if (name.endsWith("plainOpenNlpNameFinder")) {
                plain = score;
            } else if (name.endsWith("plainNameFinderTrainedOnCorpora")) {
                corpora = score;
            }
        }
        System.out.printf(Locale.ROOT, "%ncorpus: %d documents, %d tokens%n", b.texts.size(), b.tokenCount);
        System.out.printf(Locale.ROOT, "full pipeline, 1 thread:  %,.0f tokens/s%n", one * b.tokenCount);
        System.out.printf(Locale.ROOT, "full pipeline, 1 thread, a new annotator per pass:  %,.0f tokens/s%n",
                fresh * b.tokenCount);
        System.out.printf(Locale.ROOT, "full pipeline, 2 threads: %,.0f tokens/s (%.2f x one thread)%n",
                two * b.tokenCount, two / one);
        System.out.printf(Locale.ROOT,
                "plain OpenNLP name finder, default features, trained on test-corpus, 1 thread: %,.0f tokens/s%n",
                plain * b.tokenCount);
        System.out.printf(Locale.ROOT,
                "plain OpenNLP name finder, default features, trained on the four corpora, 1 thread: %,.0f tokens/s%n",
                corpora * b.tokenCount);
        System.out.printf(Locale.ROOT, "ratio pipeline / plain name finder trained on test-corpus: %.2f%n",
                one / plain);
        System.out.printf(Locale.ROOT, "ratio pipeline / plain name finder trained on the four corpora: %.2f%n",
                one / corpora);
        System.out.printf(Locale.ROOT, "ratio pipeline with a new annotator per pass / plain name finder trained on"
                + " test-corpus: %.2f, on the four corpora: %.2f%n", fresh / plain, fresh / corpora);
    }
}
