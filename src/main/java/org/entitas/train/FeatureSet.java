package org.entitas.train;

/**
 * The features a name finder recipe learns from.
 *
 * <p>Immutable and thread-safe.
 */
public enum FeatureSet implements Choice {

    /** OpenNLP's default feature set. */
    DEFAULT("default", null),
    /** The default set plus typed gazetteer features and affixes. */
    ENTITAS("entitas", "ner-entitas-features.xml"),
    /** {@link #ENTITAS} plus the cue word lists of {@link CueLists} (titles, organization heads, place cues). */
    ENTITAS_CUES("entitas-cues", "ner-entitas-features.xml"),
    /** {@link #ENTITAS_CUES} plus sentence case features; word clusters may be added. */
    ENTITAS2("entitas2", "ner-entitas2-features.xml"),
    /**
     * {@link #ENTITAS2} with the project's list of organizations ({@link org.entitas.lexicon.WordList#ORGANIZATIONS})
     * in the gazetteer as a type of its own.
     */
    ENTITAS3("entitas3", "ner-entitas2-features.xml"),
    /**
     * {@link #ENTITAS2} with the typed names of the world lists in the gazetteer ({@link WorldGazetteers}:
     * places by kind and population, famous persons, universities, clubs, companies), and without the project's
     * list of organizations.
     */
    ENTITAS4("entitas4", "ner-entitas2-features.xml"),
    /** {@link #ENTITAS4} with the project's list of organizations as well. */
    ENTITAS4_ORGANIZATIONS("entitas4-organizations", "ner-entitas2-features.xml");

    private final String label;
    private final String descriptor;

    FeatureSet(String label, String descriptor) {
        this.label = label;
        this.descriptor = descriptor;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The feature set labelled {@code label}, case aside ({@code entitas-cues} is {@link #ENTITAS_CUES}).
     *
     * @throws IllegalArgumentException if no feature set has that label
     */
    public static FeatureSet of(String label) {
        return Choice.parse(FeatureSet.class, "feature set", label);
    }

    /** Whether these features include gazetteer features (every set but {@link #DEFAULT}). */
    public boolean usesGazetteer() {
        return descriptor != null;
    }

    /** Whether the cue word lists (titles, organization heads, place cues) are added to the gazetteer. */
    public boolean usesCues() {
        return this == ENTITAS_CUES || this == ENTITAS2 || this == ENTITAS3 || this == ENTITAS4
                || this == ENTITAS4_ORGANIZATIONS;
    }

    /** Whether the project's list of organizations is added to the gazetteer. */
    public boolean usesOrganizations() {
        return this == ENTITAS3 || this == ENTITAS4_ORGANIZATIONS;
    }

    /** Whether the typed names of the world lists are added to the gazetteer ({@link WorldGazetteers}). */
    public boolean usesWorld() {
        return this == ENTITAS4 || this == ENTITAS4_ORGANIZATIONS;
    }

    /** The feature descriptor resource of a set that uses gazetteer features. */
    String descriptorResource() {
        if (descriptor == null) {
            throw new IllegalStateException(label + " features have no descriptor");
        }
        return descriptor;
    }
}
