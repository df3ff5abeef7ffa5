package org.entitas.pipeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.entitas.model.ModelCard;
import org.entitas.model.Models;

/**
 * The sentence detector, tokenizer and name finder behind an {@link Engine}: models loaded once and shared,
 * OpenNLP instances owned by one thread at a time. A pipeline is thread-safe: each call borrows an idle set of
 * OpenNLP instances (or makes one), uses it on the calling thread, clears its adaptive data and gives it back, so
 * concurrent calls never share state.
 */
final class Pipeline {

    private final Models models;
    private final ConcurrentLinkedDeque<Annotator> idle = new ConcurrentLinkedDeque<>();
    private final Set<String> labels;
    private final DoubleUnaryOperator confidence;

    private Pipeline(Models models) {
        this.models = models;
        this.labels = labelsOf(models.ner());
        this.confidence = models.confidence();
        idle.push(new Annotator(models, confidence));
    }

    /**
     * Loads the three models from a directory holding {@code id-sent.bin}, {@code id-token.bin} and
     * {@code id-ner.bin}.
     *
     * @throws org.entitas.model.InvalidModelException if a model file is not a model of the kind expected
     * @throws java.io.UncheckedIOException if the directory or a model file does not exist or cannot be read
     */
    static Pipeline load(Path dir) {
        return new Pipeline(Models.load(requireNonNull(dir, "dir must not be null")));
    }

    /**
     * Returns a pipeline that uses the name finder model in {@code nerModel} with the sentence detector and
     * tokenizer of the model directory {@code dir}, or the bundled ones when there is none.
     *
     * @throws org.entitas.model.InvalidModelException if a file is not a model of the kind expected
     * @throws java.io.UncheckedIOException if a file does not exist or cannot be read
     */
    static Pipeline withNameFinder(Optional<Path> modelDir, Path nerModel) {
        return new Pipeline(Models.withNameFinder(modelDir, nerModel));
    }

    /**
     * Loads the Indonesian models bundled in the jar.
     *
     * @throws org.entitas.model.InvalidModelException if the jar holds no models or they are corrupt
     */
    static Pipeline bundled() {
        return new Pipeline(Models.bundled());
    }

    /** What is recorded about the models. */
    ModelCard card() {
        return models.card();
    }

    /** The labels of the names the name finder model can return ({@code PER}, {@code LOC}, ...). */
    Set<String> labels() {
        return labels;
    }

    /** Cuts a document into sentences and tokens and finds its names. */
    Engine.Annotation annotate(String text) {
        return withAnnotator(a -> a.annotate(text, true));
    }

    /** Cuts a document into sentences and tokens, as {@link #annotate} does, without finding names. */
    List<Engine.Segment> segment(String text) {
        return withAnnotator(a -> a.annotate(text, false)).sentences();
    }

    /** Finds the names of a document given as sentences of tokens, the tokens used as they are. */
    List<Engine.Name> findNames(List<List<String>> sentences) {
        return withAnnotator(a -> a.findNames(sentences));
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

    /** The labels of the names a name finder model can return. */
    static Set<String> labelsOf(TokenNameFinderModel model) {
        Set<String> labels = new TreeSet<>();
        for (String outcome : model.getNameFinderSequenceModel().getOutcomes()) {
            int dash = outcome.lastIndexOf('-');
            if (dash > 0) {
                labels.add(outcome.substring(0, dash));
            }
        }
        return ImmutableSet.copyOf(labels);
    }
}
