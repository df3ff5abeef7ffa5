package org.entitas.train;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files a name finder is trained with besides its corpus: a gazetteer directory ({@code person.txt},
 * {@code place.txt}, {@code organization.txt}, one name a line), optionally unlabeled text that weeds common
 * words out of the gazetteer, and word cluster files. Whether the gazetteer and the cue word lists are used
 * is the {@link NerRecipe}'s choice ({@link FeatureSet#usesGazetteer()}, {@link FeatureSet#usesCues()}).
 * Immutable and thread-safe; the files are read only when a model is trained.
 *
 * <pre>{@code
 * TrainingResources r = TrainingResources.gazetteers(Path.of("gazetteers/mdee"))
 *         .withClusters(List.of(Path.of("models/clusters/id-c256.txt")));
 * }</pre>
 *
 * @param gazetteers the gazetteer directory, if any
 * @param gazetteerCasing unlabeled, tokenized text (one sentence a line), if any: a one-word gazetteer name is
 *     dropped if that word is written in lower case more often than capitalised there (inside a sentence),
 *     which removes common words that the lists hold by mistake
 * @param clusters word cluster files ({@code word cluster} lines, as {@code entitas train clusters} writes
 *     them), possibly none
 * @param world the directory of the world lists ({@link FeatureSet#usesWorld()}), if any
 * @param worldCasing unlabeled texts whose casing tells the common words left out of the world lists, possibly
 *     none
 */
public record TrainingResources(Optional<Path> gazetteers, Optional<Path> gazetteerCasing, List<Path> clusters,
        Optional<Path> world, List<Path> worldCasing) {

    /** No gazetteer and no clusters: enough for {@link FeatureSet#DEFAULT} features. */
    public static final TrainingResources NONE = new TrainingResources(Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), List.of());

    /** Resources without world lists. */
    public TrainingResources(Optional<Path> gazetteers, Optional<Path> gazetteerCasing, List<Path> clusters) {
        this(gazetteers, gazetteerCasing, clusters, Optional.empty(), List.of());
    }

    /**
     * @throws NullPointerException if an argument or a cluster file is null
     * @throws IllegalArgumentException if casing text is given without a gazetteer directory
     */
    public TrainingResources {
        requireNonNull(gazetteers, "gazetteers must not be null");
        requireNonNull(gazetteerCasing, "gazetteerCasing must not be null");
        clusters = List.copyOf(requireNonNull(clusters, "clusters must not be null"));
        requireNonNull(world, "world must not be null");
        worldCasing = List.copyOf(requireNonNull(worldCasing, "worldCasing must not be null"));
        checkArgument(gazetteerCasing.isEmpty() || gazetteers.isPresent(),
                "gazetteer casing text needs a gazetteer directory: %s", gazetteerCasing.orElse(null));
    }

    /** The gazetteers of a directory, no casing text, no clusters. */
    public static TrainingResources gazetteers(Path directory) {
        return NONE.withGazetteers(directory);
    }

    /** Returns these resources with the gazetteers of {@code directory}. */
    public TrainingResources withGazetteers(Path directory) {
        return new TrainingResources(Optional.of(requireNonNull(directory, "directory must not be null")),
                gazetteerCasing, clusters, world, worldCasing);
    }

    /** Returns these resources with casing text for the gazetteer. */
    public TrainingResources withGazetteerCasing(Path text) {
        return new TrainingResources(gazetteers, Optional.of(requireNonNull(text, "text must not be null")), clusters,
                world, worldCasing);
    }

    /** Returns these resources with other cluster files. */
    public TrainingResources withClusters(List<Path> files) {
        return new TrainingResources(gazetteers, gazetteerCasing, files, world, worldCasing);
    }

    /**
     * Returns these resources with the world lists of {@code directory} ({@link WorldGazetteers}), their common
     * words told by the casing of {@code casingTexts} (read as {@link WordClustering#readSentences} reads them).
     */
    public TrainingResources withWorld(Path directory, List<Path> casingTexts) {
        return new TrainingResources(gazetteers, gazetteerCasing, clusters,
                Optional.of(requireNonNull(directory, "directory must not be null")), casingTexts);
    }
}
