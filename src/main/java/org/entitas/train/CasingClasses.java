package org.entitas.train;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a word is usually written, learnt from unlabeled text: each lower-cased word gets a class by the share of
 * its occurrences written capitalised, first words of sentences aside ({@code k0} under 5%, {@code k1} under
 * 30%, {@code k2} under 70%, {@code k3} under 95%, {@code k4} the rest), or {@code kA} when at least half of it is
 * capitalised and at least half of that is written in capitals (an acronym such as {@code NATO}). Written as a
 * word cluster file, it gives the name finder what case tells of a word in text that has lost its case
 * ({@code nato}, {@code JAKARTA}) and of a first word. Stateless.
 */
public final class CasingClasses {

    private CasingClasses() {
    }

    /**
     * The class of each lower-cased word seen at least {@code minCount} times after the first word of a sentence,
     * in sentences of tokens (as {@link WordClustering#readSentences} reads them). A sentence starts at the start
     * of a line and after {@code .}, {@code !}, {@code ?} or {@code :}, symbols and numbers after these (quotes,
     * brackets) aside; only words that start with a letter count.
     */
    public static Map<String, String> classes(List<String[]> sentences, int minCount) {
        checkArgument(minCount >= 1, "minCount must be at least 1: %s", minCount);
        Map<String, int[]> counts = new HashMap<>();
        for (String[] tokens : sentences) {
            boolean start = true;
            for (String t : tokens) {
                if (t.isEmpty() || !Character.isLetter(t.codePointAt(0))) {
                    start |= t.equals(".") || t.equals("!") || t.equals("?") || t.equals(":");
                    continue;
                }
                if (!start) {
                    int[] c = counts.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new int[3]);
                    if (Character.isUpperCase(t.codePointAt(0))) {
                        c[1]++;
                        if (allCapitals(t)) {
                            c[2]++;
                        }
                    } else {
                        c[0]++;
                    }
                }
                start = false;
            }
        }
        Map<String, String> out = new HashMap<>();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            int total = c[0] + c[1];
            if (total >= minCount) {
                out.put(e.getKey(), classOf(c[0], c[1], c[2]));
            }
        }
        return out;
    }

    /** The class of a word written {@code lower} times in lower case, {@code capital} times capitalised. */
    static String classOf(int lower, int capital, int allCapitals) {
        double share = (double) capital / (lower + capital);
        if (share >= 0.5 && allCapitals * 2 >= capital) {
            return "kA";
        }
        return share < 0.05 ? "k0" : share < 0.3 ? "k1" : share < 0.7 ? "k2" : share < 0.95 ? "k3" : "k4";
    }

    /** Whether a word of more than one character has letters and all of them capitals ({@code NATO}, {@code PT.}). */
    private static boolean allCapitals(String word) {
        if (word.codePointCount(0, word.length()) < 2) {
            return false;
        }
        return word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Writes UTF-8 {@code word class} lines sorted by word, the format of {@code train ner --clusters}. */
    public static void write(Map<String, String> classes, Path out) throws IOException {
        WordClustering.writeClasses(classes, out);
    }
}
