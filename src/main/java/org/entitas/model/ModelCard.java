package org.entitas.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What a set of models is, as recorded beside them in {@code model.properties} ({@code name}, {@code version},
 * {@code recipe}, {@code training-data}, and {@code f1.<data>} scores): where the models came from and what is
 * known of them. Models without that file have a card with their source alone. Immutable.
 *
 * @param source where the models were loaded from: {@code bundled}, a directory, or a name finder file
 * @param name the models' name, when recorded
 * @param version their version, when recorded
 * @param recipe how the name finder was trained, when recorded
 * @param trainingData what it was trained on, when recorded
 * @param f1 the recorded F1 scores, by data set
 */
public record ModelCard(String source, Optional<String> name, Optional<String> version, Optional<String> recipe,
        Optional<String> trainingData, Map<String, Double> f1) {

    /** The file that holds a card, beside the models. */
    public static final String FILE_NAME = "model.properties";

    /** @throws NullPointerException if an argument is null */
    public ModelCard {
        requireNonNull(source, "source must not be null");
        requireNonNull(name, "name must not be null");
        requireNonNull(version, "version must not be null");
        requireNonNull(recipe, "recipe must not be null");
        requireNonNull(trainingData, "trainingData must not be null");
        f1 = ImmutableSortedMap.copyOf(requireNonNull(f1, "f1 must not be null"));
    }

    /** A card that knows only where the models came from. */
    public static ModelCard unknown(String source) {
        return new ModelCard(source, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of());
    }

    /** The card in {@code dir}'s {@link #FILE_NAME}, or one with the source alone when there is none. */
    static ModelCard of(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return unknown(dir.toString());
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, dir.toString(), file.toString());
        }
    }

    /**
     * The card of the models bundled in the jar, read without loading the models (what
     * {@code EntityExtractor.indonesian().model()} returns once they are loaded).
     *
     * @throws IOException if the card is in the jar but cannot be read, or a score in it is not a number
     */
    public static ModelCard bundled() throws IOException {
        String resource = ModelLoader.BUNDLED_ROOT + FILE_NAME;
        try (InputStream in = ModelCard.class.getResourceAsStream(resource)) {
            if (in == null) {
                return unknown("bundled");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled", "classpath:" + resource);
        }
    }

    private static ModelCard read(Reader in, String source, String file) throws IOException {
        Properties p = new Properties();
        p.load(in);
        ImmutableSortedMap.Builder<String, Double> f1 = ImmutableSortedMap.naturalOrder();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("f1.")) {
                try {
                    f1.put(key.substring(3), Double.parseDouble(p.getProperty(key)));
                } catch (NumberFormatException e) {
                    throw new IOException(file + ": " + key + " is not a number: '" + p.getProperty(key) + "'", e);
                }
            }
        }
        return new ModelCard(source, value(p, "name"), value(p, "version"), value(p, "recipe"),
                value(p, "training-data"), f1.build());
    }

    private static Optional<String> value(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The card in a few lines, for a person to read. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(name.orElse("models")).append(version.map(v -> " " + v).orElse("")).append(" (").append(source)
                .append(')');
        recipe.ifPresent(r -> sb.append("\nrecipe: ").append(r));
        trainingData.ifPresent(t -> sb.append("\ntrained on: ").append(t));
        if (!f1.isEmpty()) {
            sb.append("\nF1:");
            f1.forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v));
        }
        return sb.toString();
    }
}
