package org.entitas.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.entitas.lexicon.WordList;

/**
 * The decisions taken around the name finder over a whole sentence: the dateline of a news text
 * ({@code BANDUNG, KOMPAS.com -}, {@code Jakarta (ANTARA) -}) recognised before tagging, and the boundaries of
 * the tagger's spans corrected afterwards: {@code A (B)} cut in two, the titles a name starts with dropped, a
 * place or organization run into the person after it split from that person, an organization head word before
 * a place taken into the name, and the shapes of {@link NewsShapes} (legal forms, long forms, candidate pairs,
 * street numbers). Each rule follows what the training corpora and {@code test-corpus/} annotate (measured in
 * {@code models/README.md}, experiment log).
 *
 * <p>Immutable and thread-safe.
 */
final class SpanRules {

    /** A web medium ({@code KOMPAS.com}, {@code KONTAN.CO.ID}, {@code detik.com}) or a news agency. */
    private static final Pattern MEDIUM = Pattern.compile(
            "(?i)\\(?(?:[\\p{L}\\p{N}-]+(?:\\.co)?\\.(?:com|id|net)|ANTARA|Antaranews\\.com)\\)?");
    /** A word: letters and digits, with inner hyphens, apostrophes or dots, and a final dot. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.'’][\\p{L}\\p{N}]+)*\\.?");
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

    /** A name of a sentence: its label, its tokens {@code [first, end)} and the tagger's probability. */
    record Found(String label, int first, int end, double prob) {
        Found with(int newFirst, int newEnd) {
            return new Found(label, newFirst, newEnd, prob);
        }
    }

    /** The titles, as words, by their first word; longest first. */
    private final Map<String, List<List<String>>> titles;
    /** The titles, as words, by their lower-cased first word; longest first. */
    private final Map<String, List<List<String>>> titlesByLowerCase;
    private final Set<String> orgHeads;
    private final Optional<Gazetteer> gazetteer;

    SpanRules(Optional<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, List<List<String>>> t = new HashMap<>();
        for (String title : WordList.TITLES.entries()) {
            List<String> words = List.of(title.split("\\s+"));
            t.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
        }
        t.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        this.titles = Map.copyOf(t);
        Map<String, List<List<String>>> lower = new HashMap<>();
        t.forEach((first, l) -> lower.computeIfAbsent(first.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(l));
        lower.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        this.titlesByLowerCase = Map.copyOf(lower);
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
        out = NewsShapes.withLegalForms(tokens, out);
        out = NewsShapes.withLongForms(tokens, out);
        out = NewsShapes.candidatePairs(tokens, out);
        out.replaceAll(f -> NewsShapes.cutStreetNumber(tokens, f));
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
                    && NewsShapes.LEGAL_FORMS.contains(tokens[i + 1])) {
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
            if (i + n <= limit && Arrays.asList(tokens).subList(i, i + n).equals(title)) {
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
                    || feature.endsWith(":L") && Arrays.asList(gaz[first]).contains(
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
