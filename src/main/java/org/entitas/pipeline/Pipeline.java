package org.entitas.pipeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
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
 * The sentence detector, tokenizer and name finder behind an extractor: models loaded once and shared,
 * OpenNLP instances owned by one thread at a time.
 *
 * <p>This is the engine of {@link org.entitas.EntityExtractor}, its one entry into this package; use that class
 * rather than this one. It speaks in offsets and labels only, so that it depends on no value type of the
 * facade. A pipeline is thread-safe: each call borrows an idle set of OpenNLP instances (or makes one), uses it on
 * the calling thread, clears its adaptive data and gives it back, so concurrent calls never share state.
 */
public final class Pipeline {

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
    public static Pipeline load(Path dir) {
        return new Pipeline(Models.load(requireNonNull(dir, "dir must not be null")));
    }

    /**
     * Returns a pipeline that uses the name finder model in {@code nerModel} with the sentence detector and
     * tokenizer of the model directory {@code dir}, or the bundled ones when there is none.
     *
     * @throws org.entitas.model.InvalidModelException if a file is not a model of the kind expected
     * @throws java.io.UncheckedIOException if a file does not exist or cannot be read
     */
    public static Pipeline withNameFinder(Optional<Path> modelDir, Path nerModel) {
        return new Pipeline(Models.withNameFinder(modelDir, nerModel));
    }

    /**
     * Loads the Indonesian models bundled in the jar.
     *
     * @throws org.entitas.model.InvalidModelException if the jar holds no models or they are corrupt
     */
    public static Pipeline bundled() {
        return new Pipeline(Models.bundled());
    }

    /** What is recorded about the models. */
    public ModelCard card() {
        return models.card();
    }

    /** The labels of the names the name finder model can return ({@code PER}, {@code LOC}, ...). */
    public Set<String> labels() {
        return labels;
    }

    /**
     * A document cut into sentences and tokens, with the names found in it.
     *
     * @param text the text, which the offsets index
     * @param sentences the sentences, in text order
     * @param names the names, in text order
     */
    public record Annotation(String text, List<Segment> sentences, List<Name> names) {
        public Annotation {
            requireNonNull(text, "text must not be null");
            sentences = List.copyOf(sentences);
            names = List.copyOf(names);
        }

        /** The tokens of each sentence, as strings. */
        List<String[]> tokens() {
            return Lists.transform(sentences, Segment::words);
        }
    }

    /**
     * One sentence: its range of the text and its tokens, token {@code i} covering
     * {@code [tokens[2i], tokens[2i + 1])} and reading {@code words[i]}. Offsets are into the document's text. The
     * arrays are not copied: a segment is made by this package and read by the facade only.
     *
     * @param start offset of the sentence
     * @param end offset after it
     * @param tokens the tokens' start and end offsets, in pairs
     * @param words the tokens' text
     */
    public record Segment(int start, int end, int[] tokens, String[] words) {
        /** Token {@code i}'s text. */
        public String word(int i) {
            return words[i];
        }

        /** The number of tokens. */
        public int size() {
            return tokens.length / 2;
        }

        /** Where token {@code i} starts. */
        public int tokenStart(int i) {
            return tokens[2 * i];
        }

        /** Where token {@code i} ends. */
        public int tokenEnd(int i) {
            return tokens[2 * i + 1];
        }
    }

    /**
     * A name found by the name finder: its label and the tokens {@code [firstToken, endToken)} of one sentence.
     *
     * @param label the model's label, for example {@code PER}
     * @param sentence index of the sentence
     * @param firstToken index of its first token in the sentence
     * @param endToken index after its last token
     * @param confidence the calibrated probability, in [0, 1]
     */
    public record Name(String label, int sentence, int firstToken, int endToken, double confidence) {
    }

    /** Cuts a document into sentences and tokens and finds its names. */
    public Annotation annotate(String text) {
        return withAnnotator(a -> a.annotate(text, true));
    }

    /** Cuts a document into sentences and tokens, as {@link #annotate} does, without finding names. */
    public List<Segment> segment(String text) {
        return withAnnotator(a -> a.annotate(text, false)).sentences();
    }

    /** Finds the names of a document given as sentences of tokens, the tokens used as they are. */
    public List<Name> findNames(List<List<String>> sentences) {
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
