package org.entitas.graph;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.lexicon.WordList;

/**
 * Cleans the tagger's mentions before they enter the graph; the tagger's output itself is left as it is. Each
 * cleaned mention is a part of the original one (offsets into the same text), so a name never takes in:
 *
 * <ul>
 *   <li>a dateline: {@code KOMPAS.com - Komisi II} becomes {@code KOMPAS.com} and {@code Komisi II};
 *   <li>the verbs of a headline in title case: {@code Prabowo Subianto Resmi Dilantik} becomes
 *       {@code Prabowo Subianto}, {@code Kim Jong Un Sambut} {@code Kim Jong Un} (the graph's list
 *       {@code headline-words.txt}), and what follows a colon;
 *   <li>an unclosed bracket: {@code Dewan Perwakilan Daerah (DPD} becomes {@code Dewan Perwakilan Daerah} and
 *       {@code DPD}; a stray closing bracket or quote at either end goes;
 *   <li>lower-case words at either end: {@code wilayah Gaza} is {@code Gaza};
 *   <li>titles, honorifics and role text before a name (the project's title list): {@code Pak Prabowo} is
 *       {@code Prabowo}, {@code Gubernur BI Perry} is {@code Perry}, {@code Kapolres Bogor AKBP} alone is no
 *       person at all. What was taken off a person's name is kept as its title;
 *   <li>a street number and what follows it from a place ({@code Jl. Raya Bogor No. 17} is {@code Jl. Raya
 *       Bogor}), a number and what follows it from a person.
 * </ul>
 *
 * A mention with nothing left is dropped. The document's other mentions and its text then settle what one
 * mention cannot show ({@link DocumentCleaner}): headline lines, candidate pairs, institutions fused with their
 * people, common words. Stateless and thread-safe.
 */
public final class MentionCleaner {

    /** What was cleaned. */
    public enum Fix {
        /** A dateline prefix split off. */
        DATELINE,
        /** Headline words (or what follows a colon) cut off the end. */
        HEADLINE,
        /** An unclosed bracket split, or a stray bracket or quote removed. */
        BRACKET,
        /** Lower-case words cut off either end. */
        LOWER_CASE,
        /** A title, honorific or role text taken off the front. */
        TITLE,
        /** A street number, or a number inside a person's or place's name, cut off with what follows. */
        NUMBER,
        /** Two persons joined by a hyphen ({@code Pramono Anung-Rano Karno}) split into two. */
        PAIR,
        /**
         * An institution before a person ({@code Badan Gizi Nasional Dadan Hindayana}) split into both, or a
         * "person" that is only an institution ({@code Komisi II}) made an organization.
         */
        INSTITUTION,
        /** A name in a headline line cut to the body's form of it, or dropped where the body has none. */
        HEADLINE_LINE,
        /** A one-letter name, or a person's one word that the document also writes in lower case, dropped. */
        COMMON_WORD,
        /** Nothing was left of the mention, or it was only an abbreviation: dropped. */
        DROPPED
    }

    /**
     * The cleaned mentions of a document.
     *
     * @param mentions the cleaned mentions, in text order
     * @param titles the text taken off the front of a person's name, by cleaned mention
     * @param fixes how many of the original mentions each kind of cleaning touched
     */
    public record Cleaned(List<Mention> mentions, Map<Mention, String> titles, Map<Fix, Integer> fixes) {
        public Cleaned {
            mentions = List.copyOf(requireNonNull(mentions, "mentions must not be null"));
            titles = Map.copyOf(requireNonNull(titles, "titles must not be null"));
            fixes = Map.copyOf(requireNonNull(fixes, "fixes must not be null"));
        }
    }

    private static final Set<String> HEADLINE_WORDS =
            Set.copyOf(WordList.lines(KnowledgeGraph.class, "headline-words.txt"));
    /** Titles that are also given names ({@code Raja Sapta Oktohari}): never taken off. */
    private static final Set<String> NAME_LIKE_TITLES = Set.of("Raja", "Ratu", "Pangeran", "Sultan", "Sir", "Bek",
            "Kiper", "Striker", "Gelandang", "Mayor");
    /** Honorifics that are also given names ({@code Mas Pram}, {@code Gus Dur}): taken off the first word only. */
    private static final Set<String> FIRST_ONLY = Set.of("Gus", "Mas", "Bang", "Tuan");
    private static final List<List<String>> TITLES = titles();
    private static final Set<String> SINGLE_TITLES = TITLES.stream().filter(t -> t.size() == 1).map(t -> t.get(0))
            .filter(t -> !NAME_LIKE_TITLES.contains(t)).collect(Collectors.toUnmodifiableSet());
    /** Honorifics, taken off persons only: {@code Ibu Kota Nusantara} is a place. */
    private static final Set<String> HONORIFICS = Set.of("Pak", "Bu", "Bapak", "Ibu", "Mbak", "Mas", "Bang", "Tuan",
            "Nyonya", "Saudara", "Sdr.", "Gus", "Kiai", "Kyai", "Habib", "Syekh", "Ustaz", "Ustad", "H.", "Hj.", "KH",
            "KH.", "Dr.", "Dr", "dr.", "Drs.", "Dra.", "Ir.", "Prof.", "Prof", "St.", "Mr.", "Mrs.", "Ms.");
    private static final Set<String> ABBREVIATIONS = Set.copyOf(WordList.ABBREVIATIONS.entries());
    private static final Set<String> CONNECTORS = Set.of("dan", "untuk", "bin", "binti", "da", "de", "van", "von",
            "of", "for", "the", "al", "el");
    private static final Set<String> LEGAL_FORMS = Set.of("Persero", "Tbk", "Perum", "Perseroda");
    /** A number as a word: {@code 17}, {@code 2024}, {@code 17/3}, {@code 12.5}. */
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,/-]\\d+)*[.,]?");
    /** The words of an address that stand before its number. */
    private static final Set<String> ADDRESS_NUMBER_WORDS = Set.of("No.", "No", "Nomor", "Nomer", "Km", "Km.",
            "KM", "Kav.", "Kav", "Blok", "RT", "RW", "Lantai", "Lt.");

    private MentionCleaner() {
    }

    /**
     * Cleans the mentions of one document.
     *
     * @param text the document's text, which the mentions index
     * @param mentions its mentions, in text order
     * @return the cleaned mentions with what was done
     */
    public static Cleaned clean(String text, List<Mention> mentions) {
        return clean(Optional.of(requireNonNull(text, "text must not be null")), mentions);
    }

    /**
     * Cleans the mentions of a document whose text is not at hand (JSON Lines written without text): the rules
     * that read the text around the mentions (headline lines, common words) are left out.
     *
     * @param mentions its mentions, in text order
     * @return the cleaned mentions with what was done
     */
    public static Cleaned clean(List<Mention> mentions) {
        return clean(Optional.empty(), mentions);
    }

    private static Cleaned clean(Optional<String> text, List<Mention> mentions) {
        requireNonNull(mentions, "mentions must not be null");
        List<Mention> out = new ArrayList<>();
        Map<Mention, String> titles = new LinkedHashMap<>();
        Map<Fix, Integer> fixes = new EnumMap<>(Fix.class);
        for (Mention m : mentions) {
            // each mention is cleaned in its own text: offsets below are into it, m.start() away from the document's
            String own = m.text();
            Set<Fix> done = new HashSet<>();
            List<Piece> pieces = new ArrayList<>();
            for (Piece p : dateline(new Piece(0, own.length()), own, done)) {
                pieces.addAll(brackets(p, own, done));
            }
            boolean kept = false;
            for (Piece p : pieces) {
                StringBuilder title = new StringBuilder();
                Piece c = words(p, own, m.type(), done, title);
                if (c == null) {
                    continue;
                }
                Mention cleaned = new Mention(m.type(), own.substring(c.start, c.end), m.start() + c.start,
                        m.start() + c.end, m.confidence(), m.sentence());
                out.add(cleaned);
                kept = true;
                if (!title.isEmpty() && m.type().equals(EntityType.PERSON)) {
                    titles.put(cleaned, title.toString());
                }
            }
            if (!kept) {
                done.add(Fix.DROPPED);
            }
            done.forEach(f -> fixes.merge(f, 1, Integer::sum));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Mention> inDocument = DocumentCleaner.clean(text, out, titles, fixes);
        return new Cleaned(inDocument, titles, fixes);
    }

    private record Piece(int start, int end) {
    }

    /** Splits at a dash between spaces: the dateline before it and the name after it. */
    private static List<Piece> dateline(Piece p, String text, Set<Fix> done) {
        String s = text.substring(p.start, p.end);
        for (String dash : List.of(" - ", " \u2013 ", " \u2014 ")) {
            int at = s.lastIndexOf(dash);
            if (at > 0) {
                done.add(Fix.DATELINE);
                return List.of(new Piece(p.start, p.start + at), new Piece(p.start + at + dash.length(), p.end));
            }
        }
        return List.of(p);
    }

    /** Splits {@code Name (ACRONYM} into its two names; strips brackets and quotes that close or open nothing. */
    private static List<Piece> brackets(Piece p, String text, Set<Fix> done) {
        String s = text.substring(p.start, p.end);
        int open = s.lastIndexOf('(');
        if (open >= 0 && s.indexOf(')', open) < 0) {
            done.add(Fix.BRACKET);
            List<Piece> out = new ArrayList<>();
            out.add(new Piece(p.start, p.start + open));
            String inside = s.substring(open + 1).strip();
            if (!inside.isEmpty() && !LEGAL_FORMS.contains(inside)) {
                int from = p.start + open + 1 + s.substring(open + 1).indexOf(inside);
                out.add(new Piece(from, from + inside.length()));
            }
            return out;
        }
        int start = p.start;
        int end = p.end;
        while (start < end && strayAtStart(text.charAt(start), text.substring(start, end))) {
            start++;
        }
        while (end > start && strayAtEnd(text.charAt(end - 1), text.substring(start, end))) {
            end--;
        }
        if (start != p.start || end != p.end) {
            done.add(Fix.BRACKET);
        }
        return List.of(new Piece(start, end));
    }

    private static boolean strayAtStart(char c, String s) {
        return c == ')' || (c == '(' && s.indexOf(')') < 0) || "\"\u201c\u201d'\u2018\u2019".indexOf(c) >= 0;
    }

    private static boolean strayAtEnd(char c, String s) {
        return c == '(' || (c == ')' && s.indexOf('(') < 0) || "\"\u201c\u201d'\u2018\u2019,;".indexOf(c) >= 0;
    }

    /** Word-level cleaning: the headline's verbs and a colon, lower-case ends, titles. Null when nothing is left. */
    private static Piece words(Piece p, String text, EntityType type, Set<Fix> done, StringBuilder title) {
        List<int[]> w = new ArrayList<>();
        int i = p.start;
        while (i < p.end) {
            while (i < p.end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < p.end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > from) {
                w.add(new int[] {from, i});
            }
        }
        // a colon ends the name ("PBB Guterres: Situasi"), and so does a headline verb after its first word
        for (int k = 0; k < w.size(); k++) {
            String word = word(text, w.get(k));
            if (k > 0 && HEADLINE_WORDS.contains(word)) {
                w.subList(k, w.size()).clear();
                done.add(Fix.HEADLINE);
                break;
            }
            if (word.endsWith(":") && k + 1 < w.size()) {
                w.subList(k + 1, w.size()).clear();
                w.set(k, new int[] {w.get(k)[0], w.get(k)[1] - 1});
                done.add(Fix.HEADLINE);
                break;
            }
        }
        while (!w.isEmpty() && (lowerCase(word(text, w.get(0))) || HEADLINE_WORDS.contains(word(text, w.get(0))))) {
            w.remove(0);
            done.add(Fix.LOWER_CASE);
        }
        while (!w.isEmpty() && lowerCase(word(text, w.get(w.size() - 1)))) {
            w.remove(w.size() - 1);
            done.add(Fix.LOWER_CASE);
        }
        // a rank after a place's or organization's name is the next person's ("Polda Jabar Kombes Pol.")
        while (!type.equals(EntityType.PERSON) && w.size() > 1
                && SINGLE_TITLES.contains(word(text, w.get(w.size() - 1)))) {
            w.remove(w.size() - 1);
            done.add(Fix.TITLE);
        }
        int cut = titleEnd(text, w, type);
        if (cut > 0) {
            title.append(text, w.get(0)[0], w.get(cut - 1)[1]);
            w.subList(0, cut).clear();
            done.add(Fix.TITLE);
        }
        // a number ends a place's or a person's name, with the street number's word before it ("No. 17")
        if (type.equals(EntityType.LOCATION) || type.equals(EntityType.PERSON)) {
            for (int k = 1; k < w.size(); k++) {
                if (NUMBER.matcher(word(text, w.get(k))).matches()) {
                    int from = k > 1 && ADDRESS_NUMBER_WORDS.contains(word(text, w.get(k - 1))) ? k - 1 : k;
                    w.subList(from, w.size()).clear();
                    done.add(Fix.NUMBER);
                    break;
                }
            }
        }
        if (w.isEmpty() || w.stream().allMatch(x -> ABBREVIATIONS.contains(word(text, x)))) {
            return null;
        }
        return new Piece(w.get(0)[0], w.get(w.size() - 1)[1]);
    }

    /**
     * How many words at the front are title: for a person, everything up to the end of its last title
     * ({@code Wakil Menteri}, {@code Pak}) and the acronyms right after it ({@code Gubernur BI Perry},
     * {@code Kapolres Bogor AKBP Teguh}); for a place or organization, the titles it starts with
     * ({@code Ketua Umum PDI-P}).
     */
    private static int titleEnd(String text, List<int[]> w, EntityType type) {
        boolean person = type.equals(EntityType.PERSON);
        int cut = 0;
        for (int k = 0; k < w.size(); k++) {
            if (!person && k > cut) {
                break;
            }
            for (List<String> t : TITLES) {
                if (k + t.size() <= w.size() && !NAME_LIKE_TITLES.contains(t.get(0))
                        && (person || !HONORIFICS.contains(t.get(0)))
                        && !(k > 0 && FIRST_ONLY.contains(t.get(0)))
                        && t.equals(w.subList(k, k + t.size()).stream().map(x -> word(text, x)).toList())) {
                    cut = Math.max(cut, k + t.size());
                }
            }
        }
        if (cut > 0 && person) {
            while (cut < w.size() - 1 && isAcronym(word(text, w.get(cut)))) {
                cut++;
            }
        }
        return cut;
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }

    /** Whether a word is lower case (and not a connector of names); an empty word counts as one, to be dropped. */
    private static boolean lowerCase(String word) {
        return word.isEmpty() || Character.isLowerCase(word.codePointAt(0)) && !CONNECTORS.contains(word);
    }

    private static boolean isAcronym(String word) {
        return Name.of(word).acronym() && !ABBREVIATIONS.contains(word);
    }

    /** The titles of the project's list, each as its words, longest first. */
    private static List<List<String>> titles() {
        List<List<String>> out = new ArrayList<>();
        List<String> all = new ArrayList<>(WordList.TITLES.entries());
        all.addAll(List.of("Pol.", "Plt.", "Pj.", "Penjabat", "Imam Besar"));
        for (String t : all) {
            out.add(List.of(t.split("\\s+")));
        }
        out.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return List.copyOf(out);
    }
}
