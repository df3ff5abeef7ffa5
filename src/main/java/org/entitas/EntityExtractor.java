package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.entitas.internal.OrderedParallel;
import org.entitas.model.ModelCard;
import org.entitas.pipeline.Engine;

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

    private final Engine engine;
    private final ImmutableSet<EntityType> types;
    private final double minConfidence;

    private EntityExtractor(Engine engine, Set<EntityType> types, double minConfidence) {
        this.types = ImmutableSet.copyOf(types);
        this.minConfidence = minConfidence;
        this.engine = engine.keeping(label -> this.types.contains(EntityType.fromLabel(label)), minConfidence);
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
                    Engine engine = Engine.bundled();
                    e = new EntityExtractor(engine, typesOf(engine), 0);
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
        return mentions(engine.tag(text));
    }

    /**
     * Tags a document: its sentences, their tokens and the mentions found, in one pass.
     *
     * @throws NullPointerException if {@code document} is null
     * @throws CancellationException if the calling thread is interrupted (a time limit cancelled the work):
     *     tagging stops between two sentences
     */
    public TaggedDocument extract(Document document) {
        requireNonNull(document, "document must not be null");
        Engine.Annotation a = engine.tag(document.text());
        return new TaggedDocument(document, sentences(a), mentions(a));
    }

    /**
     * Tags a document that is already cut into sentences and tokens, using the tokens as they are. The result's
     * text is {@link TokenizedDocument#text()}: the tokens joined by a space, sentences by a line break. Mentions
     * are those {@link #extract(Document)} would keep of the same names: of this extractor's types and at least its
     * minimum confidence, with the other sources of names combined the same way.
     *
     * @throws NullPointerException if {@code document} is null
     * @throws CancellationException if the calling thread is interrupted
     */
    public TaggedDocument extract(TokenizedDocument document) {
        requireNonNull(document, "document must not be null");
        Engine.Annotation a = engine.tag(document.sentences());
        return new TaggedDocument(Document.of(document.id(), a.text()), sentences(a), mentions(a));
    }

    /**
     * The result of one input, as {@link #extractAll} gives it: a {@link TaggedDocument} for a document, the input
     * itself for a {@link Failure}, and a {@code Failure} naming the input and the reason when tagging fails. Unlike
     * {@link #extract(Document)} it does not throw for a document that cannot be tagged.
     *
     * @throws NullPointerException if {@code input} is null
     */
    public Result result(Input input) {
        requireNonNull(input, "input must not be null");
        try {
            if (input instanceof Document d) {
                return extract(d);
            } else if (input instanceof TokenizedDocument t) {
                return extract(t);
            }
            return (Failure) input;
        } catch (RuntimeException | StackOverflowError e) {
            return Failure.of(input.id(), "extraction failed", e);
        }
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
        return sentences(engine.segment(text));
    }

    private static List<Sentence> sentences(Engine.Annotation a) {
        return sentences(a.sentences());
    }

    private static List<Sentence> sentences(List<Engine.Segment> segments) {
        List<Sentence> out = new ArrayList<>(segments.size());
        for (Engine.Segment s : segments) {
            List<Token> tokens = new ArrayList<>(s.size());
            for (int t = 0; t < s.size(); t++) {
                tokens.add(new Token(s.word(t), s.tokenStart(t), s.tokenEnd(t)));
            }
            out.add(new Sentence(s.start(), s.end(), tokens));
        }
        return out;
    }

    /** The engine's final names as mentions, offsets into the annotation's text. */
    private static List<Mention> mentions(Engine.Annotation a) {
        ImmutableList.Builder<Mention> out = ImmutableList.builderWithExpectedSize(a.names().size());
        for (Engine.Name n : a.names()) {
            Engine.Segment s = a.sentences().get(n.sentence());
            int start = s.tokenStart(n.firstToken());
            int end = s.tokenEnd(n.endToken() - 1);
            out.add(new Mention(EntityType.fromLabel(n.label()), a.text().substring(start, end), start, end,
                    n.confidence(), n.sentence()));
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

    private static Set<EntityType> typesOf(Engine engine) {
        return engine.labels().stream().map(EntityType::fromLabel).collect(ImmutableSet.toImmutableSet());
    }

    /**
     * What is recorded about the models this extractor uses: their source, name, version, recipe, training data
     * and F1 scores ({@code model.properties} beside the models; the bundled models have one).
     */
    public ModelCard model() {
        return engine.card();
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
     *
     * <p>Beside its name finder (the bundled one, or {@link #models} / {@link #nameFinder}), an extractor may
     * find names with more name finders ({@link #addNameFinder}), a dictionary ({@link #dictionary(Path)}) and
     * token patterns ({@link #patterns(Path)}). Their names combine by one rule, in each sentence, among the
     * names at or above the minimum confidence: a dictionary or pattern match wins over any model's name it
     * overlaps; otherwise the longer name in tokens wins, then the more confident, then the earlier source
     * (dictionary, patterns, the extractor's own name finder, the added ones in the order added), then the one
     * that starts first. A name that loses is dropped whole. Dictionary and pattern matches have a confidence
     * of 1. {@link #types} applies after the rule, so that an extractor of some types finds what one of every
     * type finds, restricted to those types.
     *
     * <pre>{@code
     * EntityExtractor ner = EntityExtractor.builder()
     *         .addNameFinder(Path.of("products.bin"))                  // PRODUCT beside PERSON, LOCATION, ORGANIZATION
     *         .dictionary(Path.of("names.tsv"))                         // name<TAB>TYPE lines
     *         .pattern(EntityType.of("PRODUCT"), "Nusa Pro /[0-9]+/")   // tokens: literal, /regex/, with ? + *
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private Optional<Path> models = Optional.empty();
        private Optional<Path> nameFinder = Optional.empty();
        private final List<Path> addedNameFinders = new ArrayList<>();
        private final List<Path> dictionaryFiles = new ArrayList<>();
        private final Map<String, EntityType> dictionary = new LinkedHashMap<>();
        private final List<Path> patternFiles = new ArrayList<>();
        private final List<Map.Entry<EntityType, String>> patterns = new ArrayList<>();
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

        /**
         * Adds a name finder model (trained by {@code entitas train ner}, on any labels) to run beside the
         * extractor's own on the same tokens, its names combined with the others by the rule of this class. May
         * be called more than once.
         */
        public Builder addNameFinder(Path file) {
            addedNameFinders.add(requireNonNull(file, "file must not be null"));
            return this;
        }

        /**
         * Adds the names of a dictionary file: UTF-8, one {@code name<TAB>TYPE} a line ({@code Kopi Senja<TAB>PRODUCT};
         * the type a name or a corpus label: {@code PERSON} or {@code PER}), blank lines and lines starting with
         * {@code #} skipped. A name matches the same tokens, case included, as the extractor's tokenizer cuts
         * them from the name; at most {@value org.entitas.pipeline.Engine#MAX_NAMES} names of at most
         * {@value org.entitas.pipeline.Engine#MAX_NAME_TOKENS} tokens. May be called more than once. The file
         * is read by {@link #build}, which fails naming the file, the line and the value of a bad line.
         */
        public Builder dictionary(Path file) {
            dictionaryFiles.add(requireNonNull(file, "file must not be null"));
            return this;
        }

        /**
         * Adds names to the dictionary, each with its type, as a dictionary file would; see
         * {@link #dictionary(Path)}.
         *
         * @throws IllegalArgumentException if a name is blank or given already with another type
         */
        public Builder dictionary(Map<String, EntityType> names) {
            requireNonNull(names, "names must not be null");
            names.forEach((name, type) -> {
                requireNonNull(name, "name must not be null");
                requireNonNull(type, "type must not be null");
                checkArgument(!name.isBlank(), "blank name in the dictionary: '%s'", name);
                EntityType before = dictionary.putIfAbsent(name, type);
                checkArgument(before == null || before.equals(type), "'%s' is in the dictionary already as %s",
                        name, before);
            });
            return this;
        }

        /**
         * Adds the patterns of a file: UTF-8, one {@code TYPE<TAB>pattern} a line, blank lines and lines starting
         * with {@code #} skipped; the syntax of a pattern is that of {@link #pattern}; at most
         * {@value org.entitas.pipeline.Engine#MAX_PATTERNS} patterns. May be called more than once. The file
         * is read by {@link #build}, which fails naming the file, the line and the value of a bad line.
         */
        public Builder patterns(Path file) {
            patternFiles.add(requireNonNull(file, "file must not be null"));
            return this;
        }

        /**
         * Adds a token pattern whose matches are mentions of {@code type}. A pattern is elements separated by
         * spaces, each matching one token: a word matches a token equal to it, case included; {@code /regex/}
         * matches a token the Java regular expression matches whole; either may be followed by {@code ?} (zero
         * or one token), {@code +} (one to eight) or {@code *} (zero to eight). A one-character element is a
         * literal ({@code ?} matches a question mark); write a token ending in {@code ?}, {@code +} or {@code *}
         * as a regex. At most 16 elements; at each token the longest match counts.
         *
         * <pre>{@code
         * .pattern(EntityType.of("PRODUCT"), "Nusa Pro /[0-9]+/")
         * .pattern(EntityType.ORGANIZATION, "PT /[A-Z][a-z]+/+ Tbk?")
         * }</pre>
         *
         * @throws IllegalArgumentException if the pattern is malformed (the message names the element)
         */
        public Builder pattern(EntityType type, String pattern) {
            requireNonNull(type, "type must not be null");
            requireNonNull(pattern, "pattern must not be null");
            Engine.checkPattern(type.name(), pattern);
            patterns.add(Map.entry(type, pattern));
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
         * Loads the models, the dictionaries and patterns, and builds the extractor. It throws unchecked
         * exceptions only, as {@link EntityExtractor#indonesian()} does.
         *
         * @throws org.entitas.model.InvalidModelException if a model file is there but is not a model of the kind
         *     expected (empty, not an OpenNLP model, truncated, another kind of model); the message names the file
         * @throws java.io.UncheckedIOException if the model directory or a model file does not exist or cannot be
         *     read; the message names the path, the cause is the {@code IOException} (such as
         *     {@link java.nio.file.NoSuchFileException}); also if a dictionary or pattern file cannot be read or
         *     has a bad line (the message names the file, the line and the value)
         * @throws IllegalArgumentException if a type asked for is not one the models, dictionary or patterns know,
         *     or an in-memory name is too long or more than the dictionary holds
         */
        public EntityExtractor build() {
            Engine base;
            if (nameFinder.isPresent()) {
                base = Engine.withNameFinder(models, nameFinder.get());
            } else {
                base = models.isEmpty() ? indonesian().engine : Engine.load(models.get());
            }
            Engine engine;
            try {
                engine = engine(base);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            Set<EntityType> known = typesOf(engine);
            if (types != null) {
                for (EntityType t : types) {
                    checkArgument(known.contains(t), engine.hasOtherSources()
                            ? "no model, dictionary or pattern has the entity type %s; they have %s"
                            : "the model has no entity type %s; it has %s", t, known);
                }
            }
            return new EntityExtractor(engine, types == null ? known : types, minConfidence);
        }

        private Engine engine(Engine base) throws IOException {
            UnaryOperator<String> typeName = label -> EntityType.fromLabel(label).name();
            Engine.Builder engine = Engine.builder(base);
            for (Path file : addedNameFinders) {
                engine.addNameFinder(file);
            }
            for (Path file : dictionaryFiles) {
                engine.dictionary(file, typeName);
            }
            dictionary.forEach((name, type) -> {
                try {
                    engine.name(name, type.name());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("dictionary name '" + name + "': " + e.getMessage(), e);
                }
            });
            for (Path file : patternFiles) {
                engine.patterns(file, typeName);
            }
            patterns.forEach(p -> engine.pattern(p.getKey().name(), p.getValue()));
            return engine.build();
        }
    }
}
