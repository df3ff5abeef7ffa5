package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.entitas.internal.OrderedParallel;
import org.entitas.model.ModelCard;
import org.entitas.pipeline.Pipeline;

/**
 * Finds the persons, locations and organizations named in Indonesian text.
 *
 * <pre>{@code
 * EntityExtractor ner = EntityExtractor.indonesian();
 * List<Mention> found = ner.extract("Presiden Rusia Vladimir Putin tiba di Pyongyang.");
 * // Mention[type=LOCATION, text=Rusia, ...], Mention[type=PERSON, text=Vladimir Putin, start=15, end=29, ...], ...
 * }</pre>
 *
 * <p>{@link #extract(String)} is the cheap call, for the mentions alone; {@link #extract(Document)} gives the whole
 * {@link TaggedDocument} (sentences, tokens and mentions, computed in one pass); {@link #extractAll} tags a
 * stream of inputs on several threads, in input order, each ending as a {@link TaggedDocument} or a
 * {@link Failure}.
 *
 * <p>An extractor is immutable and thread-safe: share one across threads. The models are loaded once; each
 * concurrent call works with OpenNLP instances of its own, and adaptive data never crosses documents.
 */
public final class EntityExtractor {

    /** The most worker threads a run takes. */
    public static final int MAX_THREADS = 256;

    private static volatile EntityExtractor indonesian;

    private final Pipeline pipeline;
    private final ImmutableSet<EntityType> types;
    private final double minConfidence;

    private EntityExtractor(Pipeline pipeline, Set<EntityType> types, double minConfidence) {
        this.pipeline = pipeline;
        this.types = ImmutableSet.copyOf(types);
        this.minConfidence = minConfidence;
    }

    /**
     * Returns the extractor over the Indonesian models bundled in the jar, finding all their types. Loaded on
     * first use (about a second) and shared afterwards.
     *
     * @throws org.entitas.model.InvalidModelException if the jar holds no models or they are corrupt
     */
    public static EntityExtractor indonesian() {
        EntityExtractor e = indonesian;
        if (e == null) {
            synchronized (EntityExtractor.class) {
                e = indonesian;
                if (e == null) {
                    Pipeline p = Pipeline.bundled();
                    e = new EntityExtractor(p, typesOf(p), 0);
                    indonesian = e;
                }
            }
        }
        return e;
    }

    /** Returns a builder for an extractor with other models, types or a minimum confidence. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the entities in a text. Offsets are {@code String} indices (UTF-16 code units) into {@code text}, end
     * exclusive.
     *
     * @return the mentions in text order; empty for empty or blank text
     * @throws NullPointerException if {@code text} is null
     */
    public List<Mention> extract(String text) {
        requireNonNull(text, "text must not be null");
        if (text.isBlank()) {
            return List.of();
        }
        return mentions(text, pipeline.annotate(text));
    }

    /**
     * Tags a document: its sentences, their tokens and the mentions found, in one pass.
     *
     * @throws NullPointerException if {@code document} is null
     */
    public TaggedDocument extract(Document document) {
        requireNonNull(document, "document must not be null");
        String text = document.text();
        if (text.isBlank()) {
            return new TaggedDocument(document, List.of(), List.of());
        }
        Pipeline.Annotation a = pipeline.annotate(text);
        return new TaggedDocument(document, sentences(text, a.sentences()), mentions(text, a));
    }

    /**
     * Tags a document that is already cut into sentences and tokens, using the tokens as they are. The result's
     * text is the tokens joined by a space, sentences by a line break (see {@link TokenizedDocument}); mentions
     * are the name finder's spans, of this extractor's types, with no confidence threshold.
     *
     * @throws NullPointerException if {@code document} is null
     */
    public TaggedDocument extract(TokenizedDocument document) {
        requireNonNull(document, "document must not be null");
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>(document.sentences().size());
        int offset = 0;
        for (List<String> words : document.sentences()) {
            int start = offset;
            List<Token> tokens = new ArrayList<>(words.size());
            for (String w : words) {
                if (offset > start) {
                    offset++;
                }
                tokens.add(new Token(w, offset, offset + w.length()));
                offset += w.length();
            }
            sentences.add(new Sentence(start, offset, tokens));
            offset++;
        }
        List<Mention> mentions = new ArrayList<>();
        for (Pipeline.Name n : pipeline.findNames(document.sentences())) {
            EntityType type = EntityType.fromLabel(n.label());
            if (types.contains(type)) {
                List<Token> tokens = sentences.get(n.sentence()).tokens();
                int start = tokens.get(n.firstToken()).start();
                int end = tokens.get(n.endToken() - 1).end();
                mentions.add(new Mention(type, text.substring(start, end), start, end, n.confidence(), n.sentence()));
            }
        }
        return new TaggedDocument(Document.of(document.id(), text), sentences, mentions);
    }

    /**
     * Splits a text into sentences and tokens as the extractor does before finding names: the sentence indices
     * of {@link Mention#sentence()} count these sentences. To have both, call {@link #extract(Document)}, which
     * cuts the text once.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public List<Sentence> tokenize(String text) {
        requireNonNull(text, "text must not be null");
        return text.isBlank() ? List.of() : sentences(text, pipeline.segment(text));
    }

    private static List<Sentence> sentences(String text, List<Pipeline.Segment> segments) {
        List<Sentence> out = new ArrayList<>(segments.size());
        for (Pipeline.Segment s : segments) {
            List<Token> tokens = new ArrayList<>(s.size());
            for (int t = 0; t < s.size(); t++) {
                tokens.add(new Token(text.substring(s.tokenStart(t), s.tokenEnd(t)), s.tokenStart(t), s.tokenEnd(t)));
            }
            out.add(new Sentence(s.start(), s.end(), tokens));
        }
        return out;
    }

    /** The mentions of this extractor's types and confidence, offsets into {@code text}. */
    private List<Mention> mentions(String text, Pipeline.Annotation a) {
        ImmutableList.Builder<Mention> out = ImmutableList.builder();
        for (Pipeline.Name n : a.names()) {
            EntityType type = EntityType.fromLabel(n.label());
            if (types.contains(type) && n.confidence() >= minConfidence) {
                Pipeline.Segment s = a.sentences().get(n.sentence());
                int start = s.tokenStart(n.firstToken());
                int end = s.tokenEnd(n.endToken() - 1);
                out.add(new Mention(type, text.substring(start, end), start, end, n.confidence(), n.sentence()));
            }
        }
        return out.build();
    }

    /**
     * Tags a stream of inputs on as many threads as the machine has cores; see {@link #extractAll(Stream, int)}.
     */
    public Stream<Result> extractAll(Stream<? extends Input> inputs) {
        return extractAll(inputs, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Tags a stream of inputs on {@code threads} threads, returning one result per input in input order: a
     * {@link TaggedDocument} for each document, or a {@link Failure} for an input that was one already (a reader
     * could not read it) or whose tagging failed. At most {@code 4 * threads} inputs are in flight, so memory stays
     * flat however long the stream is. The returned stream is lazy and is consumed by one thread; close it (or
     * read it to the end) to stop the workers and close {@code inputs}.
     *
     * <pre>{@code
     * try (Stream<Result> results = ner.extractAll(documents, 4)) {
     *     results.forEach(r -> { if (r instanceof TaggedDocument t) { ... } else { ... } });
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code threads} is not in [1, {@value #MAX_THREADS}]
     */
    public Stream<Result> extractAll(Stream<? extends Input> inputs, int threads) {
        requireNonNull(inputs, "inputs must not be null");
        checkArgument(threads >= 1 && threads <= MAX_THREADS, "threads must be in [1, %s]: %s", MAX_THREADS,
                threads);
        return OrderedParallel.map(inputs, this::result, threads, 4 * threads);
    }

    /** Tags inputs from any collection or iterable; see {@link #extractAll(Stream, int)}. */
    public Stream<Result> extractAll(Iterable<? extends Input> inputs, int threads) {
        requireNonNull(inputs, "inputs must not be null");
        return extractAll(StreamSupport.stream(inputs.spliterator(), false), threads);
    }

    /** One input's result: tagged, or a failure naming the input and the reason. */
    private Result result(Input input) {
        try {
            if (input instanceof Document d) {
                return extract(d);
            } else if (input instanceof TokenizedDocument t) {
                return extract(t);
            }
            return (Failure) input;
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            return new Failure(input.id(), input.id() + ": extraction failed: " + reason);
        }
    }

    private static Set<EntityType> typesOf(Pipeline pipeline) {
        return pipeline.labels().stream().map(EntityType::fromLabel).collect(ImmutableSet.toImmutableSet());
    }

    /**
     * What is recorded about the models this extractor uses: their source, name, version, recipe, training data
     * and F1 scores ({@code model.properties} beside the models; the bundled models have one).
     */
    public ModelCard model() {
        return pipeline.card();
    }

    /** The entity types this extractor returns. */
    public Set<EntityType> types() {
        return types;
    }

    /** The lowest confidence of a mention this extractor returns. */
    public double minConfidence() {
        return minConfidence;
    }

    /**
     * Builds an {@link EntityExtractor}. Setters return {@code this}; a builder is not thread-safe, the
     * extractor it builds is.
     */
    public static final class Builder {
        private Optional<Path> models = Optional.empty();
        private Optional<Path> nameFinder = Optional.empty();
        private Set<EntityType> types;
        private double minConfidence;

        private Builder() {
        }

        /**
         * Uses the models in {@code dir} ({@code id-sent.bin}, {@code id-token.bin}, {@code id-ner.bin})
         * instead of the bundled ones.
         */
        public Builder models(Path dir) {
            this.models = Optional.of(requireNonNull(dir, "dir must not be null"));
            return this;
        }

        /**
         * Uses the name finder model in {@code file} (trained by {@code entitas train ner}, on any labels), with
         * the sentence detector and tokenizer of {@link #models} or the bundled ones.
         */
        public Builder nameFinder(Path file) {
            this.nameFinder = Optional.of(requireNonNull(file, "file must not be null"));
            return this;
        }

        /** Returns only mentions of these types (default: every type the model knows). */
        public Builder types(EntityType... types) {
            requireNonNull(types, "types must not be null");
            return types(Arrays.asList(types));
        }

        /** Returns only mentions of these types (default: every type the model knows). */
        public Builder types(Iterable<EntityType> types) {
            requireNonNull(types, "types must not be null");
            ImmutableSet<EntityType> set = ImmutableSet.copyOf(types);
            checkArgument(!set.isEmpty(), "types must not be empty");
            this.types = set;
            return this;
        }

        /** Returns only mentions whose confidence is at least {@code minConfidence} (default 0). */
        public Builder minConfidence(double minConfidence) {
            checkArgument(minConfidence >= 0 && minConfidence <= 1, "minConfidence must be in [0, 1]: %s",
                    minConfidence);
            this.minConfidence = minConfidence;
            return this;
        }

        /**
         * Loads the models and builds the extractor. Model loading throws unchecked exceptions only, as
         * {@link EntityExtractor#indonesian()} does.
         *
         * @throws org.entitas.model.InvalidModelException if a model file is there but is not a model of the kind
         *     expected (empty, not an OpenNLP model, truncated, another kind of model); the message names the file
         * @throws java.io.UncheckedIOException if the model directory or a model file does not exist or cannot be
         *     read; the message names the path, the cause is the {@code IOException} (such as
         *     {@link java.nio.file.NoSuchFileException})
         * @throws IllegalArgumentException if a type asked for is not one the model knows
         */
        public EntityExtractor build() {
            Pipeline pipeline;
            if (nameFinder.isPresent()) {
                pipeline = Pipeline.withNameFinder(models, nameFinder.get());
            } else {
                pipeline = models.isEmpty() ? indonesian().pipeline : Pipeline.load(models.get());
            }
            Set<EntityType> known = typesOf(pipeline);
            if (types != null) {
                for (EntityType t : types) {
                    checkArgument(known.contains(t), "the model has no entity type %s; it has %s", t, known);
                }
            }
            return new EntityExtractor(pipeline, types == null ? known : types, minConfidence);
        }
    }
}
