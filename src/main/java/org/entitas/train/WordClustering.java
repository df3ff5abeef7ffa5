package org.entitas.train;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllReader;

/**
 * Clusters words by their neighbours with the exchange algorithm (Martin, Liermann and Ney 1998): every word
 * of the vocabulary sits in one of {@code classes} classes, and words are moved one at a time to the class
 * that most raises the likelihood of a class bigram model of the text, until a pass moves few words. Words
 * are lower-cased; words seen fewer than {@code minCount} times are left out. Deterministic: the same text
 * and parameters give the same clusters.
 *
 * <pre>{@code
 * Map<String, Integer> clusters = WordClustering.cluster(sentences, 256, 2, 20);
 * WordClustering.write(clusters, Path.of("clusters-256.txt"));
 * }</pre>
 *
 * <p>Stateless and thread-safe; a run uses one thread.
 */
public final class WordClustering {

    private WordClustering() {
    }

    /**
     * Reads sentences of tokens: a {@code .tsv} file is CoNLL ({@code token<TAB>tag}, a blank line between
     * sentences, {@code -DOCSTART-} lines skipped; read by {@link ConllReader#readTabSeparatedTokens}, so a
     * token may hold spaces); a {@code .gz} file is gzipped raw text, one text a line, cut into words and
     * single symbols as the gazetteer cuts names ({@link #words}); any other file holds one sentence a line,
     * tokens separated by white space.
     *
     * @throws IOException if a file cannot be read (the message names it)
     */
    public static List<String[]> readSentences(List<Path> files) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IOException(f + ": text file not found");
            }
            if (f.getFileName().toString().endsWith(".tsv")) {
                for (ConllDocument d : ConllReader.readTabSeparatedTokens(f)) {
                    for (List<String> tokens : d.tokens()) {
                        out.add(tokens.toArray(new String[0]));
                    }
                }
            } else if (f.getFileName().toString().endsWith(".gz")) {
                try (BufferedReader r = lines(f)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        String[] words = words(line);
                        if (words.length > 0) {
                            out.add(words);
                        }
                    }
                } catch (IOException e) {
                    throw new IOException(f + ": not readable as gzipped text: " + e.getMessage(), e);
                }
            } else {
                List<String> lines;
                try {
                    lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                } catch (CharacterCodingException e) {
                    throw new IOException(f + ": not valid UTF-8", e);
                }
                for (String line : lines) {
                    if (!line.isBlank()) {
                        out.add(line.strip().split("\\s+"));
                    }
                }
            }
        }
        return out;
    }

    /** A reader of the lines of a UTF-8 text file, gunzipped when its name ends in {@code .gz}. */
    static BufferedReader lines(Path f) throws IOException {
        return f.getFileName().toString().endsWith(".gz")
                ? new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)),
                        StandardCharsets.UTF_8))
                : Files.newBufferedReader(f, StandardCharsets.UTF_8);
    }

    /** Words (inner hyphens, dots and apostrophes kept) and single symbols. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.'’][\\p{L}\\p{N}]+)*|\\S");

    /** Cuts raw text into words and single symbols ({@code "Jl. Sudirman, No. 5"}: Jl . Sudirman , No . 5). */
    static String[] words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out.toArray(new String[0]);
    }

    /**
     * Clusters the lower-cased words of {@code sentences}.
     *
     * @param classes the number of classes, at least 2
     * @param minCount words seen fewer times are left out (their bigrams too), at least 1
     * @param passes the most passes over the vocabulary, at least 1; stops earlier when a pass moves fewer
     *     than 0.1% of the words
     * @return each clustered word and its class, 0 to {@code classes - 1}
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Map<String, Integer> cluster(List<String[]> sentences, int classes, int minCount, int passes) {
        requireNonNull(sentences, "sentences must not be null");
        checkArgument(classes >= 2, "classes must be at least 2: %s", classes);
        checkArgument(minCount >= 1, "minCount must be at least 1: %s", minCount);
        checkArgument(passes >= 1, "passes must be at least 1: %s", passes);
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) {
            for (String t : s) {
                counts.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        // vocabulary by falling frequency, ties by word: the order fixes the result
        List<String> vocab = new ArrayList<>();
        counts.forEach((w, c) -> {
            if (c >= minCount) {
                vocab.add(w);
            }
        });
        vocab.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            index.put(vocab.get(i), i);
        }
        Bigrams bigrams = Bigrams.of(sentences, index, vocab.size());
        int[] classOf = new Exchange(bigrams, Math.min(classes, vocab.size())).run(passes);
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            out.put(vocab.get(i), classOf[i]);
        }
        return out;
    }

    /**
     * Writes clusters as UTF-8 {@code word c<class>} lines, sorted by word, the format that
     * {@code train ner --clusters} (and OpenNLP's word cluster dictionary) reads. Words holding white space (a
     * few corpus tokens such as {@code di samping itu}) are left out.
     */
    public static void write(Map<String, Integer> clusters, Path out) throws IOException {
        Map<String, String> named = new HashMap<>();
        clusters.forEach((word, c) -> named.put(word, "c" + c));
        writeClasses(named, out);
    }

    /** Writes UTF-8 {@code word class} lines, sorted by word, as {@link #write} does; words with white space left out. */
    static void writeClasses(Map<String, String> classes, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (var e : new TreeMap<>(classes).entrySet()) {
                if (e.getKey().chars().noneMatch(Character::isWhitespace)) {
                    w.write(e.getKey() + " " + e.getValue() + "\n");
                }
            }
        }
    }

    /** Word bigram counts inside sentences, as sparse rows by left word and by right word. */
    record Bigrams(int[][] next, int[][] nextCount, int[][] prev, int[][] prevCount, long[] leftTotal,
            long[] rightTotal) {

        static Bigrams of(List<String[]> sentences, Map<String, Integer> index, int v) {
            List<Map<Integer, Integer>> nextMaps = new ArrayList<>(v);
            List<Map<Integer, Integer>> prevMaps = new ArrayList<>(v);
            for (int i = 0; i < v; i++) {
                nextMaps.add(new HashMap<>());
                prevMaps.add(new HashMap<>());
            }
            for (String[] s : sentences) {
                for (int i = 0; i + 1 < s.length; i++) {
                    Integer a = index.get(s[i].toLowerCase(Locale.ROOT));
                    Integer b = index.get(s[i + 1].toLowerCase(Locale.ROOT));
                    if (a != null && b != null) {
                        nextMaps.get(a).merge(b, 1, Integer::sum);
                        prevMaps.get(b).merge(a, 1, Integer::sum);
                    }
                }
            }
            int[][] next = new int[v][];
            int[][] nextCount = new int[v][];
            int[][] prev = new int[v][];
            int[][] prevCount = new int[v][];
            long[] left = new long[v];
            long[] right = new long[v];
            for (int i = 0; i < v; i++) {
                next[i] = sortedKeys(nextMaps.get(i));
                nextCount[i] = values(nextMaps.get(i), next[i]);
                prev[i] = sortedKeys(prevMaps.get(i));
                prevCount[i] = values(prevMaps.get(i), prev[i]);
                left[i] = Arrays.stream(nextCount[i]).asLongStream().sum();
                right[i] = Arrays.stream(prevCount[i]).asLongStream().sum();
            }
            return new Bigrams(next, nextCount, prev, prevCount, left, right);
        }

        private static int[] sortedKeys(Map<Integer, Integer> m) {
            return m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        }

        private static int[] values(Map<Integer, Integer> m, int[] keys) {
            int[] out = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                out[i] = m.get(keys[i]);
            }
            return out;
        }
    }
}
