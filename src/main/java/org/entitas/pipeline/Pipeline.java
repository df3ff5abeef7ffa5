package org.entitas.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.Token;
import org.entitas.model.ModelKind;

/**
 * The sentence detector, tokenizer and name finder behind an extractor: models loaded once and shared,
 * OpenNLP instances owned by one thread at a time.
 *
 * <p>This is the engine of {@link org.entitas.EntityExtractor}; use that class rather than this one. A
 * pipeline is thread-safe: each call borrows an idle set of OpenNLP instances (or makes one), uses it on
 * the calling thread, clears its adaptive data and gives it back, so concurrent calls never share state.
 */
public final class Pipeline {

    private final ModelLoader.Models models;
    private final ConcurrentLinkedDeque<Annotator> idle = new ConcurrentLinkedDeque<>();
    private final Set<EntityType> types;
    private final DoubleUnaryOperator confidence;

    private Pipeline(ModelLoader.Models models) {
        this.models = models;
        this.types = typesOf(models);
        this.confidence = confidenceOf(models);
        idle.push(new Annotator(models, confidence));
    }

    /**
     * The name finder's calibration (see {@code org.entitas.train.ConfidenceCalibration}): the logistic
     * function stored in its manifest, or its raw scores when it has none.
     */
    static DoubleUnaryOperator confidenceOf(ModelLoader.Models models) {
        String slope = models.ner().getManifestProperty("entitas-confidence-slope");
        String intercept = models.ner().getManifestProperty("entitas-confidence-intercept");
        if (slope == null || intercept == null) {
            return DoubleUnaryOperator.identity();
        }
        double a = Double.parseDouble(slope);
        double b = Double.parseDouble(intercept);
        return x -> 1 / (1 + Math.exp(-(a * x + b)));
    }

    /**
     * Loads the three models from a directory holding {@code id-sent.bin}, {@code id-token.bin} and
     * {@code id-ner.bin}.
     *
     * @throws org.entitas.InvalidModelException if a model file is missing or not the kind expected
     * @throws IOException if the directory cannot be read
     */
    public static Pipeline load(Path dir) throws IOException {
        return new Pipeline(ModelLoader.fromDirectory(requireNonNull(dir, "dir must not be null")));
    }

    /**
     * Returns a pipeline that uses the name finder model in {@code nerModel} with the sentence detector and
     * tokenizer of the model directory {@code dir}, or the bundled ones when {@code dir} is null.
     *
     * @throws org.entitas.InvalidModelException if a file is missing or not the kind of model expected
     */
    public static Pipeline withNameFinder(Path dir, Path nerModel) throws IOException {
        requireNonNull(nerModel, "nerModel must not be null");
        TokenNameFinderModel ner = (TokenNameFinderModel) ModelLoader.load(nerModel, ModelKind.NER);
        if (dir == null) {
            return new Pipeline(new ModelLoader.Models(
                    (SentenceModel) ModelLoader.loadResource(ModelKind.SENTENCE),
                    (TokenizerModel) ModelLoader.loadResource(ModelKind.TOKEN), ner));
        }
        return new Pipeline(new ModelLoader.Models(
                (SentenceModel) ModelLoader.load(dir.resolve(ModelKind.SENTENCE.fileName()),
                        ModelKind.SENTENCE),
                (TokenizerModel) ModelLoader.load(dir.resolve(ModelKind.TOKEN.fileName()),
                        ModelKind.TOKEN), ner));
    }

    /**
     * Loads the Indonesian models bundled in the jar.
     *
     * @throws java.io.UncheckedIOException if the jar holds no models or they are corrupt
     */
    public static Pipeline bundled() {
        return new Pipeline(ModelLoader.bundled());
    }

    /** The entity types the name finder model can return. */
    public Set<EntityType> types() {
        return types;
    }

    /**
     * The names found in one document and the number of tokens it was cut into.
     *
     * @param mentions the mentions, in text order
     * @param tokens the number of tokens
     */
    public record Annotation(List<Mention> mentions, int tokens) {
        public Annotation {
            mentions = List.copyOf(mentions);
        }
    }

    /** Finds the names in one document. */
    public Annotation annotate(String text) {
        return withAnnotator(a -> a.annotate(text));
    }

    /** Tags the pre-tokenized sentences of one document with IOB2 tags, one per token. */
    public List<List<String>> tagTokens(List<List<String>> sentences) {
        return withAnnotator(a -> a.tagTokens(sentences));
    }

    /** Splits a text into sentences and tokens, as the name finder sees them (for tests and tools). */
    List<List<TextBlocks.Range>> segment(String text) {
        return withAnnotator(a -> a.segment(text));
    }

    /** The sentences and tokens of a text, as the name finder sees them; sentence i is mentions' sentence i. */
    public List<List<Token>> tokenize(String text) {
        return segment(text).stream()
                .map(s -> s.stream().map(r -> new Token(text.substring(r.start(), r.end()), r.start(), r.end()))
                        .toList())
                .toList();
    }

    private <T> T withAnnotator(Function<Annotator, T> work) {
        Annotator a = idle.poll();
        if (a == null) {
            a = new Annotator(models, confidence);
        }
        try {
            return work.apply(a);
        } finally {
            idle.push(a);
        }
    }

    private static Set<EntityType> typesOf(ModelLoader.Models models) {
        Set<String> labels = new TreeSet<>();
        var seq = models.ner().getNameFinderSequenceModel();
        for (String outcome : seq.getOutcomes()) {
            int dash = outcome.lastIndexOf('-');
            if (dash > 0) {
                labels.add(outcome.substring(0, dash));
            }
        }
        return labels.stream().map(EntityType::fromLabel).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
