package org.entitas.train;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entitas.pipeline.Gazetteer;

/**
 * Typed names from the world lists ({@code places-indonesia.tsv}, {@code places-world.tsv},
 * {@code countries-id.tsv}, {@code persons-world.tsv}, {@code organizations-world.tsv}: UTF-8, tab-separated,
 * a header line) added to a {@link Gazetteer} as soft features, never as a lookup that decides. Each kind of
 * name is a type of its own, so that the model weighs a village apart from a province and a town of 20,000
 * people apart from a capital:
 *
 * <ul>
 *   <li>{@code COUNTRY}: Indonesian country names;
 *   <li>{@code IDPROV}, {@code IDREGENCY} (regencies and cities), {@code IDDISTRICT}, {@code IDVILLAGE},
 *       {@code IDISLAND}: Indonesian places by their kind;
 *   <li>{@code WPLACE1} (capitals and places of a million people or more), {@code WPLACE2} (100,000 or more),
 *       {@code WPLACE3} (at least {@link #SMALLEST_PLACE}): world places by population;
 *   <li>{@code FAMOUS}: the full names of globally famous persons, and {@code FAMOUSLAST} the last word of each
 *       name of two words or more ({@code Mozart}, {@code Pichai});
 *   <li>{@code UNIVERSITY}, {@code CLUB}, {@code COMPANY}: organizations by kind.
 * </ul>
 *
 * <p>A one-word name that is a common word is left out: one written in lower case more often than capitalised
 * inside the sentences of unlabeled text ({@code casing}, see {@link NameFinderTraining#casingCounts}). A
 * hyphenated name is also entered with its hyphens as spaces.
 *
 * <p>Stateless and thread-safe.
 */
final class WorldGazetteers {

    /** The fewest people a world place of {@code WPLACE3} has; smaller places are left out. */
    static final long SMALLEST_PLACE = 15_000;

    /** Every type this class adds, in the order it adds them. */
    static final List<String> TYPES = List.of("COUNTRY", "IDPROV", "IDREGENCY", "IDDISTRICT", "IDVILLAGE", "IDISLAND",
            "WPLACE1", "WPLACE2", "WPLACE3", "FAMOUS", "FAMOUSLAST", "UNIVERSITY", "CLUB", "COMPANY");

    private WorldGazetteers() {
    }

    /**
     * Adds the names of the world lists in {@code dir} to {@code builder}.
     *
     * @param casing for each lower-cased word, how often it is written lower case [0] and capitalised [1]
     * @throws IOException if a file is missing, unreadable or has a row with too few columns (the message names
     *     the file and the line)
     */
    static Gazetteer.Builder addTo(Gazetteer.Builder builder, Path dir, Map<String, int[]> casing) throws IOException {
        requireNonNull(builder, "builder must not be null");
        requireNonNull(dir, "dir must not be null");
        requireNonNull(casing, "casing must not be null");
        Adder add = (type, name) -> {
            if (!NameFinderTraining.isCommonWord(name, casing)) {
                builder.add(type, name);
                if (name.indexOf('-') > 0) {
                    builder.add(type, name.replace('-', ' '));
                }
            }
        };
        read(dir.resolve("countries-id.tsv"), 2, row -> "COUNTRY", add);
        read(dir.resolve("places-indonesia.tsv"), 2, row -> switch (row[1]) {
            case "province" -> "IDPROV";
            case "regency", "city" -> "IDREGENCY";
            case "district" -> "IDDISTRICT";
            case "village" -> "IDVILLAGE";
            case "island" -> "IDISLAND";
            default -> null;
        }, add);
        read(dir.resolve("places-world.tsv"), 4, WorldGazetteers::worldPlace, add);
        read(dir.resolve("persons-world.tsv"), 1, row -> "FAMOUS", (type, name) -> {
            add.add(type, name);
            String[] words = WordClustering.words(name);
            String last = words[words.length - 1];
            if (words.length >= 2 && last.length() >= 3 && Character.isLetter(last.charAt(0))) {
                add.add("FAMOUSLAST", last);
            }
        });
        read(dir.resolve("organizations-world.tsv"), 2, row -> switch (row[1]) {
            case "university" -> "UNIVERSITY";
            case "club" -> "CLUB";
            case "company" -> "COMPANY";
            default -> null;
        }, add);
        return builder;
    }

    /** The type of a world place row by its population and feature code; null for a place too small. */
    private static String worldPlace(String[] row) {
        long population;
        try {
            population = Long.parseLong(row[3]);
        } catch (NumberFormatException e) {
            population = 0;
        }
        if (row[2].equals("PPLC") || population >= 1_000_000) {
            return "WPLACE1";
        }
        if (population >= 100_000) {
            return "WPLACE2";
        }
        return population >= SMALLEST_PLACE ? "WPLACE3" : null;
    }

    @FunctionalInterface
    private interface Adder {
        void add(String type, String name) throws IOException;
    }

    /**
     * Reads the rows of a list after its header line and adds each row's name (the first column) under the type
     * {@code typeOf} gives it; a row typed null is skipped.
     */
    private static void read(Path file, int columns, Function<String[], String> typeOf, Adder add) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": world gazetteer file not found");
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            int lineNumber = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length < columns) {
                    throw new IOException(file + ":" + lineNumber + ": expected at least " + columns
                            + " tab-separated columns, found " + row.length);
                }
                String type = typeOf.apply(row);
                String name = row[0].strip();
                if (type != null && !name.isEmpty()) {
                    add.add(type, name);
                }
            }
        }
    }
}
