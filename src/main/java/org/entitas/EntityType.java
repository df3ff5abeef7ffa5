package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The type of a named entity: {@link #PERSON}, {@link #LOCATION}, {@link #ORGANIZATION}, or any other
 * type a custom model was trained on ({@code EntityType.of("PRODUCT")}).
 *
 * <p>Names are upper case ASCII letters, digits and underscores. The short labels of the IOB2 tags used by
 * corpora ({@code PER}, {@code LOC}, {@code ORG}) map to the three standard types with {@link #fromLabel}.
 *
 * <p>Instances are immutable values and may be shared across threads.
 *
 * @param name the type's name, for example {@code PERSON}
 */
public record EntityType(String name) {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** A person: {@code Vladimir Putin}, {@code Jokowi}. */
    public static final EntityType PERSON = new EntityType("PERSON");
    /** A place: countries, provinces, cities, islands, streets. */
    public static final EntityType LOCATION = new EntityType("LOCATION");
    /** An organization: government bodies, companies, parties, clubs, media. */
    public static final EntityType ORGANIZATION = new EntityType("ORGANIZATION");

    /**
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is not upper case letters, digits and underscores
     */
    public EntityType {
        requireNonNull(name, "name must not be null");
        checkArgument(NAME.matcher(name).matches(),
                "entity type name must be upper case letters, digits and '_', starting with a letter: '%s'", name);
    }

    /**
     * Returns the type named {@code name}, case-insensitively ({@code "person"} is {@link #PERSON}).
     *
     * @throws IllegalArgumentException if the name is not a valid type name
     */
    public static EntityType of(String name) {
        requireNonNull(name, "name must not be null");
        String upper = name.trim().toUpperCase(Locale.ROOT);
        switch (upper) {
            case "PERSON": return PERSON;
            case "LOCATION": return LOCATION;
            case "ORGANIZATION": return ORGANIZATION;
            default: return new EntityType(upper);
        }
    }

    /**
     * Returns the type for a corpus or model label: {@code PER}, {@code LOC} and {@code ORG} (any case) are
     * the three standard types; any other label is a type of that name.
     *
     * @throws IllegalArgumentException if the label is not a valid type name
     */
    public static EntityType fromLabel(String label) {
        requireNonNull(label, "label must not be null");
        switch (label.trim().toUpperCase(Locale.ROOT)) {
            case "PER": return PERSON;
            case "LOC": return LOCATION;
            case "ORG": return ORGANIZATION;
            default: return of(label);
        }
    }

    /** The short label used in IOB2 tags: {@code PER}, {@code LOC}, {@code ORG}, or the name itself. */
    public String label() {
        if (equals(PERSON)) {
            return "PER";
        } else if (equals(LOCATION)) {
            return "LOC";
        } else if (equals(ORGANIZATION)) {
            return "ORG";
        }
        return name;
    }

    /**
     * Equal when the names are. Written out rather than left to the record: the record's own methods are linked
     * through method handles on their first call, a cost paid in the start-up of every run.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof EntityType t && name.equals(t.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
