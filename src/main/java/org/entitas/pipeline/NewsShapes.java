package org.entitas.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entitas.pipeline.SpanRules.Found;

/**
 * The boundary rules of {@link SpanRules} for shapes that everyday Indonesian news writes and a tagger alone gets
 * wrong: a company with its legal forms ({@code PT Pertamina (Persero) Tbk}), a long form before its bracketed
 * acronym ({@code Komisi Pemberantasan Korupsi (KPK)}), two candidates joined by a hyphen ({@code pasangan Budi
 * Santoso-Rina Wijaya}), a street and its number ({@code Jl. Sudirman No. 5}).
 *
 * <p>Stateless and thread-safe.
 */
final class NewsShapes {

    /** The legal forms of Indonesian companies written in brackets after the name ({@code (Persero)}). */
    static final Set<String> LEGAL_FORMS = Set.of("Persero", "Perseroda", "Perum");
    /** Lower-case words that may join the words of a long form. */
    private static final Set<String> CONNECTORS = Set.of("dan", "untuk", "dari", "&");
    /** The most tokens of a long form before its acronym. */
    private static final int MAX_LONG_FORM = 8;
    /** Words that announce a pair of candidates joined by a hyphen. */
    private static final Set<String> PAIR_WORDS = Set.of("pasangan", "paslon", "duet", "duo", "pasangannya");
    /**
     * The tagger probability given to a name that a rule makes where the tagger found none: middling, so that its
     * calibrated confidence stays far from certain.
     */
    private static final double RULE_PROBABILITY = 0.3;
    /** The words before a street number. */
    private static final Set<String> STREET_NUMBER = Set.of("No.", "No", "Nomor", "Nomer");

    private NewsShapes() {
    }

    /**
     * The number of tokens of the legal form at {@code tokens[i]} ({@code ( Persero )}, {@code (Persero)},
     * {@code Tbk}), or 0.
     */
    private static int legalFormLength(String[] tokens, int i) {
        if (i < tokens.length && (tokens[i].equals("Tbk") || tokens[i].equals("Tbk."))) {
            return 1;
        }
        if (i < tokens.length && tokens[i].length() > 2 && tokens[i].startsWith("(") && tokens[i].endsWith(")")
                && LEGAL_FORMS.contains(tokens[i].substring(1, tokens[i].length() - 1))) {
            return 1;
        }
        if (i + 2 < tokens.length && tokens[i].equals("(") && LEGAL_FORMS.contains(tokens[i + 1])
                && tokens[i + 2].equals(")")) {
            return 3;
        }
        return 0;
    }

    /**
     * An organization followed by the legal forms of an Indonesian company ({@code PT Pertamina (Persero)},
     * {@code PT Bank Rakyat Indonesia (Persero) Tbk}) takes them in: they are part of its name, not names of
     * their own, and a name the tagger found inside them is dropped.
     */
    static List<Found> withLegalForms(String[] tokens, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int end = f.end();
            if (f.label().equals("ORG")) {
                for (int n = legalFormLength(tokens, end); n > 0; n = legalFormLength(tokens, end)) {
                    end += n;
                }
            }
            out.add(end == f.end() ? f : f.with(f.first(), end));
            while (i + 1 < found.size() && found.get(i + 1).first() < end) {
                i++;
            }
        }
        return out;
    }

    /**
     * The long form before a bracketed acronym that the tagger found ({@code Komisi Pemberantasan Korupsi (KPK)},
     * {@code Badan Pengawas Pemilu (Bawaslu)}) becomes a name of the acronym's type, replacing a name the tagger
     * found inside it: the shortest run of capitalised words (with {@code dan}, {@code untuk}, {@code dari} between
     * them) ending at the bracket whose letters spell the acronym ({@link #spells}).
     */
    static List<Found> withLongForms(String[] tokens, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size() + 1);
        for (Found f : found) {
            int open = f.first() - 1;
            boolean bracketed = f.end() - f.first() == 1 && open >= 1 && tokens[open].equals("(")
                    && f.end() < tokens.length && tokens[f.end()].equals(")");
            int longFirst = bracketed ? longFormStart(tokens, open, tokens[f.first()]) : -1;
            if (longFirst >= 0) {
                while (!out.isEmpty() && out.get(out.size() - 1).end() > longFirst) {
                    out.remove(out.size() - 1);
                }
                out.add(new Found(f.label(), longFirst, open, f.prob()));
            }
            out.add(f);
        }
        return out;
    }

    /** The first token of the long form that ends before {@code tokens[open]} and spells {@code acronym}, or -1. */
    private static int longFormStart(String[] tokens, int open, String acronym) {
        if (acronym.length() < 2 || !Character.isUpperCase(acronym.codePointAt(0))
                || !acronym.chars().allMatch(Character::isLetter)) {
            return -1;
        }
        String letters = acronym.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (int i = open - 1; i >= 0 && open - i <= MAX_LONG_FORM; i--) {
            String t = tokens[i];
            if (CONNECTORS.contains(t) && i < open - 1) {
                words.add(0, t);
                continue;
            }
            if (!Character.isUpperCase(t.codePointAt(0)) || !SpanRules.WORD.matcher(t).matches()) {
                return -1;
            }
            words.add(0, t);
            if (spells(letters, words)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the letters of an acronym are, in order, the initial of the first word and letters of the
     * capitalised words after it, each capitalised word giving at least one (its initial or a later letter:
     * {@code KPK}, {@code Bawaslu} for {@code Badan Pengawas Pemilu}); connectors give none.
     */
    static boolean spells(String acronym, List<String> words) {
        if (words.isEmpty() || CONNECTORS.contains(words.get(0))
                || Character.toLowerCase(words.get(0).charAt(0)) != acronym.charAt(0)) {
            return false;
        }
        return spells(acronym, 0, words, 0);
    }

    private static boolean spells(String acronym, int a, List<String> words, int w) {
        if (w == words.size()) {
            return a == acronym.length();
        }
        String word = words.get(w).toLowerCase(Locale.ROOT);
        if (CONNECTORS.contains(words.get(w))) {
            return spells(acronym, a, words, w + 1);
        }
        // this word gives acronym[a, a + k) for some k >= 1, in order, its first letter given by the initial
        // when the word is the first one
        for (int k = 1; a + k <= acronym.length(); k++) {
            if (isSubsequence(acronym.substring(a, a + k), word, w == 0)
                    && spells(acronym, a + k, words, w + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubsequence(String letters, String word, boolean fromInitial) {
        if (fromInitial && word.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < word.length() && j < letters.length(); i++) {
            if (word.charAt(i) == letters.charAt(j)) {
                j++;
            }
        }
        return j == letters.length();
    }

    /**
     * Two persons joined by a hyphen after a word that announces a pair ({@code pasangan Budi Santoso - Rina
     * Wijaya}, {@code paslon}, {@code duet}): a name the tagger found across the hyphen is cut there; otherwise the
     * capitalised words on each side where the tagger found no name become a person.
     */
    static List<Found> candidatePairs(String[] tokens, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int dash = 1; dash + 1 < tokens.length; dash++) {
            if (!tokens[dash].equals("-") || !capitalised(tokens[dash - 1]) || !capitalised(tokens[dash + 1])) {
                continue;
            }
            int left = dash;
            while (left > 0 && capitalised(tokens[left - 1]) && dash - left < 4
                    && !PAIR_WORDS.contains(tokens[left - 1].toLowerCase(Locale.ROOT))) {
                left--;
            }
            int right = dash + 1;
            while (right < tokens.length && capitalised(tokens[right]) && right - dash <= 4) {
                right++;
            }
            if (!announcesPair(tokens, left)) {
                continue;
            }
            boolean split = false;
            for (int i = 0; i < out.size() && !split; i++) {
                Found f = out.get(i);
                if (f.label().equals("PER") && f.first() < dash && f.end() > dash + 1) {
                    out.set(i, f.with(f.first(), dash));
                    out.add(i + 1, f.with(dash + 1, f.end()));
                    split = true;
                }
            }
            if (!split) {
                addUnlessTouched(out, new Found("PER", left, dash, RULE_PROBABILITY));
                addUnlessTouched(out, new Found("PER", dash + 1, right, RULE_PROBABILITY));
            }
        }
        return out;
    }

    /** Two capitalised words joined by a hyphen ({@code Santoso-Rina}). */
    private static final Pattern JOINED_PAIR = Pattern.compile("\\p{Lu}[\\p{L}'’.]+-\\p{Lu}[\\p{L}'’.]+");

    /**
     * The tokens of a sentence with each token of two capitalised words joined by a hyphen ({@code Santoso-Rina})
     * cut into the two words and the hyphen, when a word that announces a pair ({@link #PAIR_WORDS}) stands in the
     * six tokens before it: {@code pasangan Budi Santoso-Rina Wijaya} names two persons, where
     * {@code Jean-Pierre} alone is one name.
     */
    static opennlp.tools.util.Span[] cutPairHyphens(String sentence, opennlp.tools.util.Span[] tokens) {
        if (sentence.indexOf('-') < 0) {
            return tokens;
        }
        List<opennlp.tools.util.Span> out = null;
        int hyphen = -1;
        for (int i = 0; i < tokens.length; i++) {
            opennlp.tools.util.Span t = tokens[i];
            if (hyphen >= 0 && hyphen < t.getStart()) {
                hyphen = sentence.indexOf('-', t.getStart());
            } else if (i == 0) {
                hyphen = sentence.indexOf('-');
            }
            String text = hyphen < 0 || hyphen >= t.getEnd() ? null : t.getCoveredText(sentence).toString();
            if (text == null || text.length() < 5 || !JOINED_PAIR.matcher(text).matches()
                    || !pairAnnounced(sentence, tokens, i)) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(List.of(tokens).subList(0, i));
            }
            int dash = t.getStart() + text.indexOf('-');
            out.add(new opennlp.tools.util.Span(t.getStart(), dash));
            out.add(new opennlp.tools.util.Span(dash, dash + 1));
            out.add(new opennlp.tools.util.Span(dash + 1, t.getEnd()));
        }
        return out == null ? tokens : out.toArray(new opennlp.tools.util.Span[0]);
    }

    /** Whether one of the six tokens before {@code tokens[i]} is a word that announces a pair. */
    private static boolean pairAnnounced(String sentence, opennlp.tools.util.Span[] tokens, int i) {
        for (int j = Math.max(0, i - 6); j < i; j++) {
            if (PAIR_WORDS.contains(tokens[j].getCoveredText(sentence).toString().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Adds a name in text order, unless a name found already overlaps it. */
    private static void addUnlessTouched(List<Found> out, Found name) {
        int insert = 0;
        for (Found f : out) {
            if (f.first() < name.end() && f.end() > name.first()) {
                return;
            }
            if (f.first() < name.first()) {
                insert++;
            }
        }
        out.add(insert, name);
    }

    /** Whether one of the three words before {@code tokens[first]} announces a pair of candidates. */
    static boolean announcesPair(String[] tokens, int first) {
        for (int i = Math.max(0, first - 3); i < first; i++) {
            if (PAIR_WORDS.contains(tokens[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0)) && SpanRules.WORD.matcher(token).matches();
    }

    /** A place cut before its street number ({@code Jl. Sudirman No. 5} gives {@code Jl. Sudirman}). */
    static Found cutStreetNumber(String[] tokens, Found f) {
        if (!f.label().equals("LOC")) {
            return f;
        }
        for (int i = f.first() + 1; i < f.end(); i++) {
            if (STREET_NUMBER.contains(tokens[i]) && i + 1 < tokens.length
                    && Character.isDigit(tokens[i + 1].codePointAt(0))) {
                return f.with(f.first(), i);
            }
        }
        return f;
    }
}
