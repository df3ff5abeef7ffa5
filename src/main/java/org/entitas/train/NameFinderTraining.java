package org.entitas.train;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.entitas.EntityType;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllSentence;
import org.entitas.io.IobSpans;
import org.entitas.model.OpenNlpExtensions;
import org.entitas.pipeline.EntitasNameFinderFactory;
import org.entitas.pipeline.Gazetteer;

/**
 * Trains a name finder from CoNLL-style documents with a {@link NerRecipe}. Adaptive data is cleared at
 * every document boundary ({@code -DOCSTART-}, or each file), as the extractor does at run time. Entity types
 * outside {@code types} are treated as {@code O}. Stateless and thread-safe; a training run uses one thread.
 */
public final class NameFinderTraining {

    /** The resource name of the gazetteer inside a model. */
    static final String GAZETTEER_RESOURCE = "gazetteer.gaz";

    static {
        OpenNlpExtensions.allow();
    }

    private NameFinderTraining() {
    }

    /**
     * Trains a name finder and writes it to {@code out}. The gazetteer of {@code resources} is read only when
     * the recipe's features use it, with the cue word lists added when they use those ({@link CueLists}); a
     * recipe with gazetteer features trained without a gazetteer directory gets an empty list of names (no
     * gazetteer feature fires, so the model learns from the corpus, the affixes and the cues alone); each
     * cluster file is stored in the model, and the cluster of each lower-cased token in a window of one token
     * becomes a feature.
     *
     * <pre>{@code
     * NameFinderTraining.train(documents, Set.of(EntityType.PERSON), NerRecipe.named("entitas2"),
     *         TrainingResources.gazetteers(Path.of("gazetteers")), Path.of("ner.bin"));
     * }</pre>
     *
     * @param documents the training documents
     * @param types the entity types to learn (others become {@code O})
     * @param recipe algorithm, features and codec
     * @param resources the gazetteer directory and the word cluster files
     * @throws IllegalArgumentException if clusters are given to a recipe without gazetteer features, or no
     *     sentence has an entity of the types asked for
     * @throws IOException if a gazetteer or cluster file is missing or unreadable (the message names it)
     */
    public static void train(List<ConllDocument> documents, Set<EntityType> types, NerRecipe recipe,
            TrainingResources resources, Path out) throws IOException {
        requireNonNull(recipe, "recipe must not be null");
        requireNonNull(resources, "resources must not be null");
        train(documents, types, recipe, gazetteer(recipe, resources), resources.clusters(), out);
    }

    /**
     * As {@link #train(List, Set, NerRecipe, TrainingResources, Path)}, with a gazetteer built in memory:
     * present exactly when the recipe's features use one.
     */
    static void train(List<ConllDocument> documents, Set<EntityType> types, NerRecipe recipe,
            Optional<Gazetteer> gazetteer, List<Path> clusters, Path out) throws IOException {
        requireNonNull(documents, "documents must not be null");
        requireNonNull(types, "types must not be null");
        requireNonNull(recipe, "recipe must not be null");
        requireNonNull(gazetteer, "gazetteer must not be null");
        requireNonNull(clusters, "clusters must not be null");
        requireNonNull(out, "out must not be null");
        FeatureSet features = recipe.features();
        if (features.usesGazetteer() && gazetteer.isEmpty()) {
            throw new IllegalArgumentException("recipe " + recipe.name() + " needs a gazetteer (--gazetteers)");
        }
        List<NameSample> samples = samples(documents, types);
        if (recipe.caseCopies()) {
            samples = withCaseCopies(samples);
        }
        if (samples.stream().allMatch(s -> s.getNames().length == 0)) {
            throw new IllegalArgumentException("no entity of the types " + types + " in the training data");
        }
        TrainingParameters params = ModelFiles.params(recipe.algorithm(), recipe.iterations(), recipe.cutoff());
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, recipe.beamSize());

        byte[] descriptor = null;
        Map<String, Object> resources = new HashMap<>();
        if (!clusters.isEmpty() && !features.usesGazetteer()) {
            throw new IllegalArgumentException("word clusters need the entitas features, not " + features.label());
        }
        if (features.usesGazetteer()) {
            descriptor = ClusterFeatures.descriptor(resource(features.descriptorResource()), clusters.size());
            resources.put(GAZETTEER_RESOURCE, gazetteer.get());
            resources.putAll(ClusterFeatures.read(clusters));
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                features.usesGazetteer() ? EntitasNameFinderFactory.class.getName() : null, descriptor, resources,
                recipe.codec().sequenceCodec());
        TokenNameFinderModel model;
        if (recipe.orders() == 1) {
            model = NameFinderME.train("id", null,
                    new CollectionObjectStream<>(ParameterMixing.order(samples, 0, recipe.orderSeed())), params,
                    factory);
        } else {
            // what NameFinderME.train does, once per order, the weights then averaged
            Map<String, String> manifest = new HashMap<>();
            List<MaxentModel> trained = new ArrayList<>();
            for (int i = 0; i < recipe.orders(); i++) {
                List<NameSample> order = ParameterMixing.order(samples, i, recipe.orderSeed());
                trained.add(TrainerFactory.getEventTrainer(params, manifest).train(new NameFinderEventStream(
                        new CollectionObjectStream<>(order), null, factory.createContextGenerator(),
                        factory.createSequenceCodec())));
            }
            MaxentModel mixed = ParameterMixing.mean(trained, ParameterMixing.SMALLEST_WEIGHT);
            model = new TokenNameFinderModel("id", mixed, recipe.beamSize(), descriptor, resources, manifest,
                    recipe.codec().sequenceCodec(), factory);
        }
        ModelFiles.write(model, out);
    }

    /**
     * The entity types the documents' tags carry ({@code B-PRODUCT} gives {@code PRODUCT}, {@code B-PER} gives
     * {@link EntityType#PERSON}), in the order they first appear: what a name finder learns when no types are
     * asked for.
     */
    public static Set<EntityType> typesIn(List<ConllDocument> documents) {
        requireNonNull(documents, "documents must not be null");
        Set<EntityType> out = new LinkedHashSet<>();
        for (ConllDocument d : documents) {
            for (ConllSentence s : d.sentences()) {
                for (String tag : s.tags()) {
                    if (!tag.equals("O")) {
                        out.add(EntityType.fromLabel(tag.substring(2)));
                    }
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Turns documents into name samples, clearing adaptive data at each document's first sentence. */
    static List<NameSample> samples(List<ConllDocument> documents, Set<EntityType> types) {
        Set<String> labels = types.stream().map(EntityType::label).collect(Collectors.toSet());
        List<NameSample> out = new ArrayList<>();
        for (ConllDocument d : documents) {
            boolean first = true;
            for (ConllSentence s : d.sentences()) {
                if (s.tokens().isEmpty()) {
                    continue;
                }
                Span[] spans = IobSpans.of(s.tags(), labels).stream()
                        .map(t -> new Span(t.start(), t.end(), t.label())).toArray(Span[]::new);
                out.add(new NameSample(s.tokens().toArray(new String[0]), spans, first));
                first = false;
            }
        }
        return out;
    }

    /**
     * The samples, then all of them again in lower case, then in upper case (same names, same document
     * boundaries).
     */
    static List<NameSample> withCaseCopies(List<NameSample> samples) {
        List<NameSample> out = new ArrayList<>(samples);
        for (boolean upper : new boolean[] {false, true}) {
            for (NameSample s : samples) {
                String[] tokens = s.getSentence().clone();
                for (int i = 0; i < tokens.length; i++) {
                    tokens[i] = upper ? tokens[i].toUpperCase(Locale.ROOT) : tokens[i].toLowerCase(Locale.ROOT);
                }
                out.add(new NameSample(tokens, s.getNames(), s.isClearAdaptiveDataSet()));
            }
        }
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NameFinderTraining.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        }
    }

    /**
     * The gazetteer a recipe is trained with: empty when its features use none; else the names of the
     * resources' directory ({@link #readGazetteers}), or no names at all when there is no directory (the
     * gazetteer features then never fire, the recipe's other features are learned as usual), and the cue word
     * lists when the features use them.
     */
    static Optional<Gazetteer> gazetteer(NerRecipe recipe, TrainingResources resources) throws IOException {
        if (!recipe.features().usesGazetteer()) {
            return Optional.empty();
        }
        Gazetteer.Builder b = resources.gazetteers().isPresent()
                ? readGazetteers(resources.gazetteers().get(), resources.gazetteerCasing())
                : Gazetteer.builder();
        if (recipe.features().usesCues()) {
            CueLists.addTo(b);
        }
        if (recipe.features().usesOrganizations()) {
            CueLists.addOrganizations(b);
        }
        if (recipe.features().usesWorld()) {
            if (resources.world().isEmpty()) {
                throw new IllegalArgumentException("recipe " + recipe.name() + " needs the world lists (--world-gazetteers)");
            }
            WorldGazetteers.addTo(b, resources.world().get(), casingCounts(resources.worldCasing()));
        }
        return Optional.of(b.build());
    }

    /**
     * Reads the gazetteers of a directory: {@code person.txt}, {@code place.txt} and {@code organization.txt},
     * one name per line, as PERSON, LOCATION and ORGANIZATION. A hyphenated name is also entered with its
     * hyphens as spaces ({@code Kim Jong-un}, {@code Kim Jong un}).
     *
     * @param casingText see {@link TrainingResources#gazetteerCasing()}
     * @throws IOException if a file is missing or unreadable (the message names it)
     */
    static Gazetteer.Builder readGazetteers(Path dir, Optional<Path> casingText) throws IOException {
        Map<String, int[]> casing = casingText.isPresent() ? casingCounts(List.of(casingText.get())) : Map.of();
        Gazetteer.Builder b = Gazetteer.builder();
        Map<String, EntityType> files = Map.of("person.txt", EntityType.PERSON, "place.txt", EntityType.LOCATION,
                "organization.txt", EntityType.ORGANIZATION);
        for (var e : new TreeMap<>(files).entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": gazetteer file not found");
            }
            for (String name : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                name = name.strip();
                if (name.isEmpty() || isCommonWord(name, casing)) {
                    continue;
                }
                b.add(e.getValue().name(), name);
                if (name.indexOf('-') > 0) {
                    b.add(e.getValue().name(), name.replace('-', ' '));
                }
            }
        }
        return b;
    }

    /** Whether a one-word name is written in lower case more often than capitalised ({@link #casingCounts}). */
    static boolean isCommonWord(String name, Map<String, int[]> casing) {
        if (name.indexOf(' ') >= 0) {
            return false;
        }
        int[] c = casing.get(name.toLowerCase(Locale.ROOT));
        return c != null && c[0] > c[1];
    }

    /**
     * For each lower-cased word: how often it is written lower case [0] and capitalised [1], first words aside,
     * in texts read as {@link WordClustering#readSentences} reads them.
     */
    static Map<String, int[]> casingCounts(List<Path> texts) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        for (String[] tokens : WordClustering.readSentences(texts)) {
            for (int i = 1; i < tokens.length; i++) {
                String t = tokens[i];
                if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new int[2]);
                c[Character.isUpperCase(t.charAt(0)) ? 1 : 0]++;
            }
        }
        return counts;
    }
}
