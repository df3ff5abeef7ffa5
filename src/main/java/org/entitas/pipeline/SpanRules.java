package org.entitas.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entitas.lexicon.WordList;

/**
 * The decisions taken around the name finder over a whole sentence: the dateline of a news text
 * ({@code BANDUNG, KOMPAS.com -}, {@code Jakarta (ANTARA) -}) recognised before tagging, and the boundaries of
 * the tagger's spans corrected afterwards: {@code A (B)} cut in two, the titles a name starts with dropped, a
 * place or organization run into the person after it split from that person, an organization head word before
 * a place taken into the name. Each rule follows what the training corpora and {@code test-corpus/} annotate
 * (measured in {@code models/README.md}, experiment log).
 *
 * <p>Immutable and thread-safe.
 */
final class SpanRules {

    /** A web medium ({@code KOMPAS.com}, {@code KONTAN.CO.ID}, {@code detik.com}) or a news agency. */
    private static final Pattern MEDIUM = Pattern.compile(
            "(?i)\\(?(?:[\\p{L}\\p{N}-]+(?:\\.co)?\\.(?:com|id|net)|ANTARA|Antaranews\\.com)\\)?");
    /** A word: letters and digits, with inner hyphens, apostrophes or dots, and a final dot. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.'’][\\p{L}\\p{N}]+)*\\.?");
    /** How far into a sentence a dateline's dash may stand. */
    private static final int DATELINE_MAX = 8;
    /** Title words that are also the first word of names ({@code Gus Dur}, {@code Raja Ampat}). */
    private static final Set<String> NOT_TRIMMED = Set.of("Gus", "Sri", "Raja", "Ratu", "Mas", "Bang", "Pangeran",
            "Sultan", "Sir", "Paus", "Ibu", "Kepala", "Juru", "Wali");
    /**
     * Organization heads that do not take a following place into the name in the corpora, where the place
     * alone is the name ({@code Pemkot [Surabaya]}, {@code Polda [Jabar]}, {@code Pemerintah [Kabupaten
     * Wakatobi]}).
     */
    private static final Set<String> NOT_EXTENDED = Set.of("Pemerintah", "Pemkot", "Pemkab", "Pemprov", "Pemda",
            "Polda", "Polres", "Polsek", "Polresta", "Polri", "Kodam", "Korem", "Kodim", "DPR", "DPRD", "DPD", "MPR",
            "KPK", "KPU", "Bawaslu", "Partai", "PT", "PT.", "CV", "Tbk", "Tbk.", "Persero", "Perum", "Klub");

    /**
     * The gazetteer types of places and of organizations that a name may be split at: those of the corpora's
     * lists, the project's list of organizations and the larger places and the organizations of the world lists.
     */
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "COUNTRY", "IDPROV", "IDREGENCY", "WPLACE1",
            "WPLACE2");
    private static final Set<String> ORGANIZATION_TYPES = Set.of("ORGANIZATION", "ORGLIST", "UNIVERSITY", "CLUB",
            "COMPANY");
    /** The legal forms of Indonesian companies written in brackets after the name ({@code (Persero)}). */
    private static final Set<String> LEGAL_FORMS = Set.of("Persero", "Perseroda", "Perum");
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

    /** A name of a sentence: its label, its tokens {@code [first, end)} and the tagger's probability. */
    record Found(String label, int first, int end, double prob) {
        Found with(int newFirst, int newEnd) {
            return new Found(label, newFirst, newEnd, prob);
        }
    }

    /** The titles, as words, by their first word; longest first. */
    private final java.util.Map<String, List<List<String>>> titles;
    /** The titles, as words, by their lower-cased first word; longest first. */
    private final java.util.Map<String, List<List<String>>> titlesByLowerCase;
    private final Set<String> orgHeads;
    private final java.util.Optional<Gazetteer> gazetteer;

    SpanRules(java.util.Optional<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
        java.util.Map<String, List<List<String>>> t = new java.util.HashMap<>();
        for (String title : WordList.TITLES.entries()) {
            List<String> words = List.of(title.split("\\s+"));
            t.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
        }
        t.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        this.titles = java.util.Map.copyOf(t);
        java.util.Map<String, List<List<String>>> lower = new java.util.HashMap<>();
        t.forEach((first, l) -> lower.computeIfAbsent(first.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(l));
        lower.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        this.titlesByLowerCase = java.util.Map.copyOf(lower);
        Set<String> h = new HashSet<>(WordList.ORGANIZATION_HEADS.firstWords());
        h.removeAll(NOT_EXTENDED);
        this.orgHeads = Set.copyOf(h);
    }

    /**
     * The index of the dash that ends the dateline at the start of a sentence ({@code BANDUNG , KOMPAS.com -}), or
     * -1: a dash within the first tokens, before it a medium and otherwise only capitalised words, commas and
     * brackets.
     */
    int dateline(String[] tokens) {
        boolean medium = false;
        for (int i = 0; i < tokens.length && i <= DATELINE_MAX; i++) {
            String t = tokens[i];
            if (isDash(t)) {
                return medium && i > 0 ? i : -1;
            }
            if (MEDIUM.matcher(t).matches()) {
                medium = true;
            } else if (!t.equals(",") && !t.equals("(") && !t.equals(")") && !Character.isUpperCase(t.codePointAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** The names of a dateline {@code tokens[0, dash)}: the place before the comma or bracket, the medium. */
    List<Found> datelineNames(String[] tokens, int dash) {
        List<Found> out = new ArrayList<>();
        int placeEnd = 0;
        while (placeEnd < dash && Character.isLetter(tokens[placeEnd].codePointAt(0))
                && !MEDIUM.matcher(tokens[placeEnd]).matches()) {
            placeEnd++;
        }
        if (placeEnd > 0) {
            out.add(new Found("LOC", 0, placeEnd, 1));
        }
        for (int i = placeEnd; i < dash; i++) {
            if (MEDIUM.matcher(tokens[i]).matches() && tokens[i].chars().anyMatch(Character::isLetter)) {
                out.add(new Found("ORG", i, i + 1, 1));
            }
        }
        return out;
    }

    /** The names of a sentence with their boundaries corrected, in text order. */
    List<Found> refine(String[] tokens, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size() + 2);
        for (Found f : found) {
            splitAtBrackets(tokens, f, out);
        }
        out = withLegalForms(tokens, out);
        out = withLongForms(tokens, out);
        out = candidatePairs(tokens, out);
        out.replaceAll(f -> cutStreetNumber(tokens, f));
        out.replaceAll(f -> trimTitles(tokens, f));
        if (gazetteer.isPresent()) {
            String[][] gaz = gazetteer.get().match(tokens);
            List<Found> split = new ArrayList<>(out.size() + 2);
            for (Found f : out) {
                splitPerson(tokens, gaz, f, split);
            }
            out = split;
        }
        for (int i = 0; i < out.size(); i++) {
            int floor = i == 0 ? 0 : out.get(i - 1).end();
            out.set(i, extendToHead(tokens, out.get(i), floor));
        }
        return out;
    }

    /**
     * {@code A ( B )} as two names {@code A} and {@code B}; a bracketed token that opens a name
     * ({@code (MK) Mahfud MD}) is dropped from it.
     */
    private static void splitAtBrackets(String[] tokens, Found f, List<Found> out) {
        int first = f.first();
        while (first < f.end() - 1 && tokens[first].startsWith("(") && tokens[first].endsWith(")")
                && tokens[first].length() > 2) {
            first++;
        }
        int start = first;
        for (int i = first; i < f.end(); i++) {
            if (tokens[i].equals("(") && i + 2 < f.end() && tokens[i + 2].equals(")")
                    && LEGAL_FORMS.contains(tokens[i + 1])) {
                i += 2;
                continue;
            }
            if (tokens[i].equals("(") || tokens[i].equals(")")) {
                if (i > start) {
                    out.add(f.with(start, i));
                }
                start = i + 1;
            }
        }
        if (f.end() > start) {
            out.add(f.with(start, f.end()));
        }
    }

    /** The number of tokens of the legal form at {@code tokens[i]} ({@code ( Persero )}, {@code (Persero)}, {@code Tbk}), or 0. */
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
    private static List<Found> withLegalForms(String[] tokens, List<Found> found) {
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
    private static List<Found> withLongForms(String[] tokens, List<Found> found) {
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
            if (!Character.isUpperCase(t.codePointAt(0)) || !WORD.matcher(t).matches()) {
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
    private static List<Found> candidatePairs(String[] tokens, List<Found> found) {
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
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0)) && WORD.matcher(token).matches();
    }

    /** A place cut before its street number ({@code Jl. Sudirman No. 5} gives {@code Jl. Sudirman}). */
    private static Found cutStreetNumber(String[] tokens, Found f) {
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

    /** A name less the titles it starts with ({@code Pak Jokowi}, {@code Ketua Umum Partai Golkar}). */
    private Found trimTitles(String[] tokens, Found f) {
        int first = f.first();
        while (first < f.end() - 1 && !NOT_TRIMMED.contains(tokens[first])) {
            int n = titleLength(tokens, first, f.end() - 1);
            if (n == 0 || !Character.isUpperCase(tokens[first + n].codePointAt(0))) {
                break;
            }
            first += n;
        }
        return first == f.first() ? f : f.with(first, f.end());
    }

    /** The number of words of the longest title at {@code tokens[i]} that ends before {@code limit}, or 0. */
    private int titleLength(String[] tokens, int i, int limit) {
        for (List<String> title : titles.getOrDefault(tokens[i], List.of())) {
            int n = title.size();
            if (i + n <= limit && java.util.Arrays.asList(tokens).subList(i, i + n).equals(title)) {
                return n;
            }
        }
        return 0;
    }

    /** As {@link #titleLength}, the case of the words aside ({@code juru bicara} is the title {@code Juru Bicara}). */
    private int titleLengthIgnoringCase(String[] tokens, int i, int limit) {
        for (List<String> title : titlesByLowerCase.getOrDefault(tokens[i].toLowerCase(Locale.ROOT), List.of())) {
            int n = title.size();
            boolean same = i + n <= limit;
            for (int k = 0; k < n && same; k++) {
                same = tokens[i + k].equalsIgnoreCase(title.get(k));
            }
            if (same) {
                return n;
            }
        }
        return 0;
    }

    /**
     * A place preceded by capitalised words that start with an organization head ({@code Bank [Indonesia]},
     * {@code Kepolisian Daerah [Jawa Barat]}) becomes the organization named by all of them.
     */
    private Found extendToHead(String[] tokens, Found f, int floor) {
        if (!f.label().equals("LOC")) {
            return f;
        }
        int head = -1;
        for (int i = f.first() - 1; i >= floor && i >= f.first() - 6; i--) {
            String t = tokens[i];
            boolean connector = t.equals("dan") && i > floor;
            if (!connector && !Character.isUpperCase(t.codePointAt(0))) {
                break;
            }
            if (orgHeads.contains(t)) {
                head = i;
            }
        }
        return head < 0 ? f : new Found("ORG", head, f.end(), f.prob());
    }

    /**
     * A place or organization run into the person that follows it, after a title ({@code Gubernur [Sulawesi
     * Tengah Taufik Lamasi]}, {@code Ketua Umum [Partai Golkar Aburizal Bakrie]}), as the two names: the first part
     * a whole gazetteer place or organization, or ending with an acronym; the rest capitalised words that no
     * place or organization of the gazetteer covers.
     */
    private void splitPerson(String[] tokens, String[][] gaz, Found f, List<Found> out) {
        int first = f.first();
        for (int n = titleLength(tokens, first, f.end()); n > 0; n = titleLength(tokens, first, f.end())) {
            first += n;
        }
        boolean titled = first > f.first();
        for (int i = Math.max(0, f.first() - 3); i < f.first() && !titled; i++) {
            titled = titleLengthIgnoringCase(tokens, i, f.first()) > 0;
        }
        if (!titled || f.end() - first < 2) {
            out.add(f);
            return;
        }
        for (int k = first + 1; k < f.end(); k++) {
            String type = placeOrOrganizationEnding(tokens, gaz, first, k);
            int person = k;
            for (int n = titleLength(tokens, person, f.end()); n > 0; n = titleLength(tokens, person, f.end())) {
                person += n;
            }
            if (type == null || person == f.end() || !personLike(tokens, gaz, person, f.end())) {
                continue;
            }
            if (first > f.first() && !f.label().equals("PER")) {
                out.add(f.with(f.first(), first));
            }
            out.add(new Found(type, first, k, f.prob()));
            out.add(new Found("PER", person, f.end(), f.prob()));
            return;
        }
        out.add(f);
    }

    /** LOC or ORG if {@code tokens[first, end)} is a whole gazetteer place or organization or ends in an acronym. */
    private static String placeOrOrganizationEnding(String[] tokens, String[][] gaz, int first, int end) {
        for (int i = first; i < end; i++) {
            if (!WORD.matcher(tokens[i]).matches() || has(gaz[i], "PERSON:")
                    || end - first == 1 && (has(gaz[i], "LOCCUE:U") || has(gaz[i], "ORGHEAD:U"))) {
                return null;
            }
        }
        for (String feature : gaz[end - 1]) {
            boolean whole = feature.endsWith(":U") && end - first == 1
                    || feature.endsWith(":L") && java.util.Arrays.asList(gaz[first]).contains(
                            feature.substring(0, feature.length() - 1) + "B");
            String type = feature.substring(0, feature.indexOf(':'));
            if (whole && PLACE_TYPES.contains(type)) {
                return "LOC";
            }
            if (whole && ORGANIZATION_TYPES.contains(type)) {
                return "ORG";
            }
        }
        String last = tokens[end - 1];
        return last.length() >= 2 && last.chars().filter(Character::isLetter).count() >= 2
                && last.equals(last.toUpperCase(Locale.ROOT)) ? "ORG" : null;
    }

    /** Capitalised words, none in a gazetteer place or organization. */
    private static boolean personLike(String[] tokens, String[][] gaz, int first, int end) {
        for (int i = first; i < end; i++) {
            if (!Character.isUpperCase(tokens[i].codePointAt(0)) || !WORD.matcher(tokens[i]).matches()) {
                return false;
            }
            for (String feature : gaz[i]) {
                String type = feature.substring(0, feature.indexOf(':'));
                if (PLACE_TYPES.contains(type) || ORGANIZATION_TYPES.contains(type)) {
                    return false;
                }
            }
        }
        String t = tokens[first];
        return !(t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT)));
    }

    private static boolean has(String[] features, String prefix) {
        for (String f : features) {
            if (f.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDash(String token) {
        return token.equals("-") || token.equals("\u2013") || token.equals("\u2014");
    }
}
