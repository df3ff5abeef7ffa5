package org.entitas.train;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.entitas.EntityExtractor;
import org.entitas.Mention;
import org.entitas.Token;

/**
 * What kind of name each word is part of in unlabeled text, as a name finder tags it: a word cluster file
 * ({@code train ner --clusters}) made from what a model saw across millions of words rather than in the
 * training sentences. The texts of unlabeled files (one text a line; gzipped when the name ends in {@code .gz})
 * are tagged, and each lower-cased token seen at least {@code minCount} times gets a class by the share of its
 * occurrences inside a name: {@code sO} under 5%; otherwise {@code s}, the type it is most often part of
 * ({@code sPER}, {@code sLOC}, {@code sORG} with the bundled model; the first in alphabetical order of equals),
 * and the share: {@code 1} under 30%, {@code 2} under 60%, {@code 3} under 90%, {@code 4} the rest. A name
 * that a sentence's context made plain to the model in one article thus informs every sentence, in training
 * and in tagging, where the same word stands in a plain context. Tokens holding white space are left out
 * (a cluster file's line is cut at spaces). Stateless.
 */
public final class NameClasses {

    /** The classes, and what a run read. */
    public record Result(Map<String, String> classes, long texts, long sentences, long tokens) {
    }

    private NameClasses() {
    }

    /**
     * Tags the texts of {@code files} with {@code extractor} and gives each word seen at least {@code minCount}
     * times its class.
     *
     * @throws IOException if a file cannot be read (the message names it)
     */
    public static Result classes(EntityExtractor extractor, List<Path> files, int minCount) throws IOException {
        requireNonNull(extractor, "extractor must not be null");
        requireNonNull(files, "files must not be null");
        checkArgument(minCount >= 1, "minCount must be at least 1: %s", minCount);
        Map<String, Map<String, int[]>> counts = new HashMap<>();
        long[] sentences = {0};
        long[] tokens = {0};
        long texts = UnlabeledTexts.tag(extractor, files, () -> true, (id, d) -> {
            for (int s = 0; s < d.sentences().size(); s++) {
                sentences[0]++;
                List<Token> words = d.sentences().get(s).tokens();
                String[] types = types(words, d.mentions(), s);
                for (int t = 0; t < words.size(); t++) {
                    String w = words.get(t).text();
                    if (!fitsALine(w)) {
                        continue;
                    }
                    tokens[0]++;
                    Map<String, int[]> c = counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new TreeMap<>());
                    c.computeIfAbsent(types[t] == null ? "" : types[t], k -> new int[1])[0]++;
                }
            }
        });
        Map<String, String> classes = new HashMap<>();
        for (var e : counts.entrySet()) {
            String c = classOf(e.getValue(), minCount);
            if (c != null) {
                classes.put(e.getKey(), c);
            }
        }
        return new Result(classes, texts, sentences[0], tokens[0]);
    }

    /**
     * The class of a word from how often it was seen outside names (key {@code ""}) and inside names of each type
     * (keys in alphabetical order), or null when it was seen fewer than {@code minCount} times.
     */
    static String classOf(Map<String, int[]> seen, int minCount) {
        int total = 0;
        String type = null;
        int most = 0;
        for (var e : seen.entrySet()) {
            int n = e.getValue()[0];
            total += n;
            if (!e.getKey().isEmpty() && n > most) {
                type = e.getKey();
                most = n;
            }
        }
        if (total < minCount) {
            return null;
        }
        int[] outside = seen.get("");
        double inside = 1 - (outside == null ? 0 : outside[0]) / (double) total;
        if (inside < 0.05) {
            return "sO";
        }
        return "s" + type + (inside < 0.3 ? "1" : inside < 0.6 ? "2" : inside < 0.9 ? "3" : "4");
    }

    /** Writes UTF-8 {@code word class} lines sorted by word, the format of {@code train ner --clusters}. */
    public static void write(Map<String, String> classes, Path out) throws IOException {
        WordClustering.writeClasses(classes, out);
    }

    /** The type of the name each token of sentence {@code index} is part of, or null. */
    private static String[] types(List<Token> words, List<Mention> mentions, int index) {
        String[] types = new String[words.size()];
        for (Mention m : mentions) {
            if (m.sentence() != index) {
                continue;
            }
            for (int t = 0; t < words.size(); t++) {
                if (words.get(t).start() >= m.start() && words.get(t).end() <= m.end()) {
                    types[t] = m.type().label();
                }
            }
        }
        return types;
    }

    /** Whether a token can stand as the word of a {@code word class} line: not empty, no white space. */
    private static boolean fitsALine(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isWhitespace(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
