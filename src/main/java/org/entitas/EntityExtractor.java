package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.entitas.bulk.OrderedParallel;
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
 * <p>An extractor is immutable and thread-safe: share one across threads. The models are loaded once; each
 * concurrent call works with OpenNLP instances of its own, and adaptive data never crosses documents.
 */
public final class EntityExtractor {

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
     * @throws java.io.UncheckedIOException if the jar holds no models or they are corrupt
     */
    public static EntityExtractor indonesian() {
        EntityExtractor e = indonesian;
        if (e == null) {
            synchronized (EntityExtractor.class) {
                e = indonesian;
                if (e == null) {
                    Pipeline p = Pipeline.bundled();
                    e = new EntityExtractor(p, p.types(), 0);
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
     * Finds the entities in a text. Offsets are character offsets into {@code text}, end exclusive.
     *
     * @return the mentions in text order; empty for empty or blank text
     * @throws IllegalArgumentException if {@code text} is null
     */
    public List<Mention> extract(String text) {
        checkArgument(text != null, "text must not be null");
        return annotate(text).mentions();
    }

    private Pipeline.Annotation annotate(String text) {
        if (text.isBlank()) {
            return new Pipeline.Annotation(List.of(), 0);
        }
        Pipeline.Annotation all = pipeline.annotate(text);
        ImmutableList.Builder<Mention> kept = ImmutableList.builder();
        for (Mention m : all.mentions()) {
            if (types.contains(m.type()) && m.confidence() >= minConfidence) {
                kept.add(m);
            }
        }
        return new Pipeline.Annotation(kept.build(), all.tokens());
    }

    /**
     * Finds the entities in a document, keeping its id.
     *
     * @throws IllegalArgumentException if {@code document} is null
     */
    public TaggedDocument extract(Document document) {
        checkArgument(document != null, "document must not be null");
        Pipeline.Annotation a = annotate(document.text());
        return new TaggedDocument(document.id(), a.mentions(), a.tokens());
    }

    /**
     * Splits a text into sentences and tokens as the extractor does before finding names: the sentence indices
     * of {@link Mention#sentence()} count these sentences.
     *
     * @throws IllegalArgumentException if {@code text} is null
     */
    public List<List<Token>> tokenize(String text) {
        checkArgument(text != null, "text must not be null");
        return text.isBlank() ? List.of() : pipeline.tokenize(text);
    }

    /**
     * Tags a document that is already split into sentences and tokens, using the tokens as they are: one IOB2
     * tag per token ({@code B-PER}, {@code I-PER}, {@code B-LOC}, ..., {@code O}). Types this extractor does not
     * keep are tagged {@code O}. No confidence threshold applies.
     *
     * @param sentences the document's sentences, each a list of tokens
     * @return the tags, sentence by sentence, token by token
     * @throws NullPointerException if the list, a sentence or a token is null
     * @throws IllegalArgumentException if a token is empty
     */
    public List<List<String>> tagTokens(List<? extends List<String>> sentences) {
        requireNonNull(sentences, "sentences must not be null");
        List<List<String>> copy = new ArrayList<>(sentences.size());
        for (List<String> sentence : sentences) {
            requireNonNull(sentence, "sentence must not be null");
            for (String token : sentence) {
                requireNonNull(token, "token must not be null");
                checkArgument(!token.isEmpty(), "token must not be empty (sentence %s)", copy.size());
            }
            copy.add(List.copyOf(sentence));
        }
        List<List<String>> tagged = pipeline.tagTokens(copy);
        List<List<String>> out = new ArrayList<>(tagged.size());
        for (List<String> tags : tagged) {
            out.add(tags.stream().map(this::keepType).toList());
        }
        return List.copyOf(out);
    }

    /**
     * Tags a stream of documents on as many threads as the machine has cores, returning the results in input
     * order with a bounded number of documents in flight.
     *
     * <pre>{@code
     * try (Stream<TaggedDocument> tagged = ner.extractAll(documents)) {
     *     tagged.forEach(writer::write);
     * }
     * }</pre>
     *
     * @see #extractAll(Stream, int)
     */
    public Stream<TaggedDocument> extractAll(Stream<Document> documents) {
        return extractAll(documents, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Tags a stream of documents on {@code threads} threads, returning the results in input order. At most
     * {@code 4 * threads} documents are in flight, so memory stays flat however long the stream is. The returned
     * stream is lazy and is consumed by one thread; close it (or read it to the end) to stop the workers.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Stream<TaggedDocument> extractAll(Stream<Document> documents, int threads) {
        requireNonNull(documents, "documents must not be null");
        checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
        return OrderedParallel.map(documents, this::extract, threads, 4 * threads);
    }

    /** Tags documents from any collection or iterable; see {@link #extractAll(Stream, int)}. */
    public Stream<TaggedDocument> extractAll(Iterable<Document> documents, int threads) {
        requireNonNull(documents, "documents must not be null");
        return extractAll(StreamSupport.stream(documents.spliterator(), false), threads);
    }

    private String keepType(String tag) {
        if (tag.equals("O")) {
            return tag;
        }
        return types.contains(EntityType.fromLabel(tag.substring(2))) ? tag : "O";
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
        private Path models;
        private Path nameFinder;
        private Set<EntityType> types;
        private double minConfidence;

        private Builder() {
        }

        /**
         * Uses the models in {@code dir} ({@code id-sent.bin}, {@code id-token.bin}, {@code id-ner.bin})
         * instead of the bundled ones.
         */
        public Builder models(Path dir) {
            this.models = requireNonNull(dir, "dir must not be null");
            return this;
        }

        /**
         * Uses the name finder model in {@code file} (trained by {@code entitas train ner}, on any labels), with
         * the sentence detector and tokenizer of {@link #models} or the bundled ones.
         */
        public Builder nameFinder(Path file) {
            this.nameFinder = requireNonNull(file, "file must not be null");
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
         * Loads the models and builds the extractor.
         *
         * @throws InvalidModelException if a model file is missing or not the kind expected
         * @throws IOException if the model directory cannot be read
         * @throws IllegalArgumentException if a type asked for is not one the model knows
         */
        public EntityExtractor build() throws IOException {
            Pipeline pipeline;
            if (nameFinder != null) {
                pipeline = Pipeline.withNameFinder(models, nameFinder);
            } else {
                pipeline = models == null ? indonesian().pipeline : Pipeline.load(models);
            }
            if (types != null) {
                for (EntityType t : types) {
                    checkArgument(pipeline.types().contains(t), "the model has no entity type %s; it has %s", t,
                            pipeline.types());
                }
            }
            return new EntityExtractor(pipeline, types == null ? pipeline.types() : types, minConfidence);
        }
    }
}
