package org.entitas.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.entitas.model.ModelCard;

/**
 * What the facade {@link org.entitas.EntityExtractor} tags with, its one entry into this package: a text, or the
 * tokens of a text cut already, goes in; the sentences, their tokens and the final names come out, the names of
 * every source combined by the rule of {@link NameSources}, then restricted to the labels and the minimum
 * confidence asked for. The facade only maps the result to its values.
 *
 * <pre>{@code
 * Engine engine = Engine.bundled().keeping(label -> true, 0.5);
 * Engine.Annotation a = engine.tag("Presiden Joko Widodo tiba di Jakarta.");
 * }</pre>
 *
 * <p>It speaks in offsets and labels only. Immutable and thread-safe: the models and sources are loaded once,
 * each call works with OpenNLP instances of its own.
 */
public final class Engine {

    /** The most names a dictionary holds. */
    public static final int MAX_NAMES = TokenRuler.MAX_NAMES;
    /** The most tokens of one dictionary name. */
    public static final int MAX_NAME_TOKENS = TokenRuler.MAX_NAME_TOKENS;
    /** The most patterns. */
    public static final int MAX_PATTERNS = TokenRuler.MAX_PATTERNS;

    private final Pipeline pipeline;
    private final NameSources sources;
    private final Set<String> labels;
    private final Predicate<String> keepsLabel;
    private final double minConfidence;

    private Engine(Pipeline pipeline, NameSources sources, Predicate<String> keepsLabel, double minConfidence) {
        this.pipeline = pipeline;
        this.sources = sources;
        Set<String> all = new LinkedHashSet<>(pipeline.labels());
        all.addAll(sources.labels());
        this.labels = ImmutableSet.copyOf(all);
        this.keepsLabel = keepsLabel;
        this.minConfidence = minConfidence;
    }

    private static Engine of(Pipeline pipeline) {
        return new Engine(pipeline, NameSources.NONE, l -> true, 0);
    }

    /**
     * An engine over the Indonesian models bundled in the jar, returning every name it finds.
     *
     * @throws org.entitas.model.InvalidModelException if the jar holds no models or they are corrupt
     */
    public static Engine bundled() {
        return of(Pipeline.bundled());
    }

    /**
     * An engine over the models of a directory holding {@code id-sent.bin}, {@code id-token.bin} and
     * {@code id-ner.bin}, returning every name it finds.
     *
     * @throws org.entitas.model.InvalidModelException if a model file is not a model of the kind expected
     * @throws java.io.UncheckedIOException if the directory or a model file does not exist or cannot be read
     */
    public static Engine load(Path dir) {
        return of(Pipeline.load(dir));
    }

    /**
     * An engine over the name finder model in {@code nerModel}, with the sentence detector and tokenizer of the
     * model directory {@code modelDir}, or the bundled ones when there is none; returning every name it finds.
     *
     * @throws org.entitas.model.InvalidModelException if a file is not a model of the kind expected
     * @throws java.io.UncheckedIOException if a file does not exist or cannot be read
     */
    public static Engine withNameFinder(Optional<Path> modelDir, Path nerModel) {
        return of(Pipeline.withNameFinder(modelDir, nerModel));
    }

    /** A builder of an engine with the models of {@code base} and more sources of names. */
    public static Builder builder(Engine base) {
        return new Builder(requireNonNull(base, "base must not be null").pipeline);
    }

    /**
     * This engine returning only the names whose label {@code keepsLabel} accepts and whose confidence is at least
     * {@code minConfidence}.
     *
     * @throws IllegalArgumentException if {@code minConfidence} is not in [0, 1]
     */
    public Engine keeping(Predicate<String> keepsLabel, double minConfidence) {
        requireNonNull(keepsLabel, "keepsLabel must not be null");
        checkArgument(minConfidence >= 0 && minConfidence <= 1, "minConfidence must be in [0, 1]: %s",
                minConfidence);
        return new Engine(pipeline, sources, keepsLabel, minConfidence);
    }

    /** What is recorded about the models. */
    public ModelCard card() {
        return pipeline.card();
    }

    /** The labels of every source: the name finder model's, then the added sources'. */
    public Set<String> labels() {
        return labels;
    }

    /** Whether there are sources of names besides the pipeline's own name finder. */
    public boolean hasOtherSources() {
        return !sources.isEmpty();
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

    /**
     * Cuts a text into sentences and tokens and finds its final names; offsets are into {@code text}. A blank text
     * has no sentence.
     *
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
     */
    public Engine.Annotation tag(String text) {
        requireNonNull(text, "text must not be null");
        if (text.isBlank()) {
            return new Engine.Annotation(text, List.of(), List.of());
        }
        Engine.Annotation a = pipeline.annotate(text);
        return new Engine.Annotation(text, a.sentences(), finalNames(a, true));
    }

    /**
     * Finds the final names of a text cut already, its tokens used as they are. The annotation's text is the
     * tokens joined by a space, the sentences by a line break ({@link #textOf}); a sentence without tokens is kept,
     * empty, so that sentence indices count the sentences given.
     *
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
     */
    public Engine.Annotation tag(List<List<String>> sentences) {
        requireNonNull(sentences, "sentences must not be null");
        Engine.Annotation laid = laidOut(sentences);
        Engine.Annotation a = new Engine.Annotation(laid.text(), laid.sentences(), pipeline.findNames(sentences));
        return new Engine.Annotation(a.text(), a.sentences(), finalNames(a, false));
    }

    /**
     * The text a document cut already into {@code sentences} has: its tokens joined by a space, its sentences by a
     * line break; the text of {@link #tag(List)}.
     */
    public static String textOf(List<List<String>> sentences) {
        return laidOut(requireNonNull(sentences, "sentences must not be null")).text();
    }

    /** The text of {@code sentences} (see {@link #textOf}) and the offsets of their tokens in it, without names. */
    private static Engine.Annotation laidOut(List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        List<Engine.Segment> segments = new ArrayList<>(sentences.size());
        for (List<String> words : sentences) {
            if (!segments.isEmpty()) {
                text.append('\n');
            }
            int start = text.length();
            int[] offsets = new int[2 * words.size()];
            String[] tokens = words.toArray(new String[0]);
            for (int t = 0; t < words.size(); t++) {
                if (t > 0) {
                    text.append(' ');
                }
                offsets[2 * t] = text.length();
                text.append(words.get(t));
                offsets[2 * t + 1] = text.length();
            }
            segments.add(new Engine.Segment(start, text.length(), offsets, tokens));
        }
        return new Engine.Annotation(text.toString(), segments, List.of());
    }

    /** Cuts a text into sentences and tokens as {@link #tag(String)} does, without finding names. */
    public List<Engine.Segment> segment(String text) {
        requireNonNull(text, "text must not be null");
        return text.isBlank() ? List.of() : pipeline.segment(text);
    }

    /**
     * The names of every source combined, then those of the labels kept and the minimum confidence.
     *
     * @param trim whether added name finders trim tokens of symbols only, as the pipeline does on text
     */
    private List<Engine.Name> finalNames(Engine.Annotation a, boolean trim) {
        List<Engine.Name> names = a.names();
        if (!sources.isEmpty()) {
            names = sources.combine(names, a.tokens(), n -> n.confidence() >= minConfidence, trim,
                    words -> pipeline.findNames(List.of(words)));
        }
        List<Engine.Name> out = new ArrayList<>(names.size());
        for (Engine.Name n : names) {
            if (n.confidence() >= minConfidence && keepsLabel.test(n.label())) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Collects the sources of names beside a pipeline's own name finder: name finders added to it, and a dictionary
     * and patterns. Files are read by {@link #build}. Not thread-safe.
     */
    public static final class Builder {
        private final Pipeline pipeline;
        private final List<NameFinderPool> added = new ArrayList<>();
        private final TokenRuler.Builder rules = TokenRuler.builder();

        private Builder(Pipeline pipeline) {
            this.pipeline = pipeline;
        }

        /**
         * Adds a name finder model run beside the pipeline's own.
         *
         * @throws IOException if the file cannot be read
         * @throws org.entitas.model.InvalidModelException if it is not a name finder model
         */
        public Builder addNameFinder(Path file) throws IOException {
            added.add(NameFinderPool.load(requireNonNull(file, "file must not be null")));
            return this;
        }

        /**
         * Adds the names of a dictionary file, one {@code name<TAB>TYPE} a line.
         *
         * @param typeName the type name of a label in the file; throws {@code IllegalArgumentException} if the label
         *     is not a type
         * @throws IOException if the file cannot be read or has a bad line (the message names the file, the line
         *     and its value)
         */
        public Builder dictionary(Path file, UnaryOperator<String> typeName) throws IOException {
            RuleFiles.readDictionary(file, typeName, pipeline, rules);
            return this;
        }

        /**
         * Adds one name of type {@code type}, cut into tokens by the pipeline's tokenizer.
         *
         * @throws IllegalArgumentException if the name is blank, too long, more than the dictionary holds, or
         *     listed already with another type
         */
        public Builder name(String name, String type) {
            RuleFiles.addName(name, type, pipeline, rules);
            return this;
        }

        /**
         * Adds the patterns of a file, one {@code TYPE<TAB>pattern} a line.
         *
         * @throws IOException if the file cannot be read or has a bad line (the message names the file, the line
         *     and its value)
         */
        public Builder patterns(Path file, UnaryOperator<String> typeName) throws IOException {
            RuleFiles.readPatterns(file, typeName, rules);
            return this;
        }

        /**
         * Adds a token pattern whose matches are names of type {@code type}.
         *
         * @throws IllegalArgumentException if the pattern is malformed or there are too many
         */
        public Builder pattern(String type, String pattern) {
            rules.addPattern(type, pattern);
            return this;
        }

        /** The engine, returning every name found; see {@link Engine#keeping}. */
        public Engine build() {
            if (added.isEmpty() && rules.isEmpty()) {
                return Engine.of(pipeline);
            }
            return new Engine(pipeline,
                    new NameSources(added, rules.isEmpty() ? Optional.empty() : Optional.of(rules.build())),
                    l -> true, 0);
        }
    }

    /**
     * Checks a token pattern without keeping it.
     *
     * @throws IllegalArgumentException if the pattern is malformed (the message names the element)
     */
    public static void checkPattern(String type, String pattern) {
        TokenRuler.builder().addPattern(type, pattern);
    }
}
