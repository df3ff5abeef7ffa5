package org.entitas.model.compact;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;

/**
 * What the exactness tests of this package feed to OpenNLP's classes and to ours; public for the tests of
 * {@code org.entitas.pipeline}.
 */
public final class TestCorpusText {

    /** Where the bundled Indonesian models live on the class path. */
    static final String BUNDLED_ROOT = "/org/entitas/models/id/";

    private TestCorpusText() {
    }

    /** A bundled model file, for example {@code id-sent.bin}, as a stream. */
    static InputStream bundledModel(String fileName) {
        return requireNonNull(TestCorpusText.class.getResourceAsStream(BUNDLED_ROOT + fileName), fileName);
    }

    /** The bundled name finder model with the bytes of its entry {@code entry} changed, as a stream. */
    static InputStream bundledNameFinderWith(String entry, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(bundledModel("id-ner.bin"));
                ZipOutputStream out = new ZipOutputStream(model)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(entry) ? change.apply(data) : data);
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(model.toByteArray());
    }

    /** The {@code .txt} documents of {@code test-corpus/}, in name order. */
    static List<Path> files() {
        try (var files = Files.list(Path.of("test-corpus"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of one document. */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of every document. */
    public static List<String> lines() {
        List<String> out = new ArrayList<>();
        files().forEach(f -> out.addAll(lines(f)));
        return out;
    }

    /**
     * The non-empty lines of one document cut roughly into tokens (at whitespace, before punctuation, after an
     * opening quote or bracket), so that tests need no tokenizer model.
     */
    static List<String[]> roughTokens(Path file) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(file)) {
            String[] tokens = line.strip().split("\\s+|(?=[,.:;\"()])|(?<=[\"(])");
            if (tokens.length > 0 && !tokens[0].isEmpty()) {
                out.add(tokens);
            }
        }
        return out;
    }

    /** A context of features with a value each. */
    record Context(String[] features, float[] values) {
    }

    /**
     * Random contexts of up to {@code maxLength} features, each a feature of {@code model} or, one time in
     * {@code unknownOneIn}, a feature it does not know; values between 0 and 2.
     */
    static List<Context> randomContexts(AbstractModel model, long seed, int count, int maxLength, int unknownOneIn) {
        @SuppressWarnings("unchecked")
        List<String> known = new ArrayList<>(((Map<String, ?>) model.getDataStructures()[1]).keySet());
        Random random = new Random(seed);
        List<Context> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            String[] features = new String[1 + random.nextInt(maxLength)];
            float[] values = new float[features.length];
            for (int i = 0; i < features.length; i++) {
                features[i] = random.nextInt(unknownOneIn) == 0 ? "unknown=" + random.nextInt(1000)
                        : known.get(random.nextInt(known.size()));
                values[i] = random.nextFloat() * 2;
            }
            out.add(new Context(features, values));
        }
        return out;
    }
}
