package org.entitas.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.lexicon.WordList;

/**
 * The second pass of {@link MentionCleaner}: what a mention's own words cannot settle, read from the document's
 * other mentions and its text. Each new mention is a part of an old one (offsets into the same text):
 *
 * <ul>
 *   <li>a one-letter name ({@code M}) is dropped, and so is a person's one word that the document also writes in
 *       lower case ({@code Air} at the start of a sentence, {@code air} elsewhere): a common word, not a name;
 *   <li>two persons joined by a hyphen, the way candidate pairs are written, become two persons
 *       ({@code Pramono Anung-Rano Karno}): where both sides have two words or more, or the document names the
 *       first side on its own ({@code Ridwan Kamil-Suswono} beside {@code Ridwan Kamil}); {@code Jos\u00e9
 *       Ramos-Horta} stays one;
 *   <li>a person's name that starts with an institution (a word that heads organization names, or a name of the
 *       organization list: {@code Badan Gizi Nasional Dadan Hindayana}, {@code Komisi II DPR Ahmad Doli Kurnia})
 *       is split into the organization and the person: the person is the longest end of two words or more that
 *       the document names as a person elsewhere, else the words after the institution's last acronym, number or
 *       place the document names (three at most), else the last two words. Where that leaves no room for a
 *       person ({@code Komisi II}), or the person's part holds a place the document names, the whole is an
 *       organization. An organization's name that ends, after an acronym, in two or three words the document names
 *       as a person (or whose first or last word it does: {@code Departemen Luar Negeri AS Matthew Miller}
 *       beside {@code Miller}), or that a title precedes ({@code Juru bicara Departemen Luar Negeri AS Matthew
 *       Miller}), is split the same way;
 *   <li>the first line of a text, when it is a headline (more text follows and it ends without a full stop),
 *       gives no long name of its own: a mention there of four words or more (or three, one of them a word the
 *       text also writes in lower case) stays where the body names it the same way (or it is a short form of a
 *       body name), is cut to the longest body name of its type written inside it ({@code Jonatan Christie
 *       Juara All England} to {@code Jonatan Christie}), or else is dropped.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class DocumentCleaner {

    /** Organization heads that are also given names ({@code Tim Cook}): no sign of an institution. */
    private static final Set<String> ALSO_GIVEN_NAMES = Set.of("Tim");
    private static final Set<String> INSTITUTION_STARTS = institutionStarts();
    private static final Set<String> TITLES_LOWER = WordList.TITLES.entries().stream()
            .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final List<List<String>> ORGANIZATION_NAMES = WordList.ORGANIZATIONS.entries().stream()
            .map(e -> List.of(e.split("\\s+"))).toList();
    /**
     * A hyphen after a capitalised word of three letters or more, before a capitalised word ({@code Ma'ruf},
     * {@code Uu}): not {@code Al-Ghazali}.
     */
    private static final Pattern PAIR = Pattern.compile("(?<=\\p{Lu}\\p{Ll}{2,})-(?=\\p{Lu}\\p{Ll})");
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,/-]\\d+)*");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String SENTENCE_END = ".!?\"\u201d'\u2019)";

    private DocumentCleaner() {
    }

    /**
     * The document's mentions after the second pass, in text order; {@code titles} follows a person that was
     * split, {@code fixes} counts what was done.
     */
    static List<Mention> clean(Optional<String> text, List<Mention> mentions, Map<Mention, String> titles,
            Map<MentionCleaner.Fix, Integer> fixes) {
        Set<String> lowerCaseWords = text.map(DocumentCleaner::lowerCaseWords).orElse(Set.of());
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (oneLetter(m) || m.type().equals(EntityType.PERSON) && !m.text().contains(" ")
                    && !Name.of(m.text()).acronym() && lowerCaseWords.contains(m.text().toLowerCase(Locale.ROOT))) {
                fixes.merge(MentionCleaner.Fix.COMMON_WORD, 1, Integer::sum);
                titles.remove(m);
                continue;
            }
            List<Mention> parts = pair(m, mentions);
            if (parts.size() > 1) {
                fixes.merge(MentionCleaner.Fix.PAIR, 1, Integer::sum);
            }
            for (Mention part : parts) {
                List<Mention> split = institution(part, mentions, text);
                if (split.size() > 1 || !split.get(0).type().equals(part.type())) {
                    fixes.merge(MentionCleaner.Fix.INSTITUTION, 1, Integer::sum);
                }
                out.addAll(split);
                String title = titles.remove(m);
                if (title != null) {
                    // the title stands before the first part: it is the person's that the first part holds
                    split.stream().filter(x -> x.type().equals(EntityType.PERSON)).findFirst()
                            .ifPresent(x -> titles.putIfAbsent(x, title));
                }
            }
        }
        if (text.isPresent()) {
            out = headlineLine(text.get(), out, lowerCaseWords, titles, fixes);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean oneLetter(Mention m) {
        String bare = m.text().replace(".", "").strip();
        return bare.codePointCount(0, bare.length()) == 1;
    }

    /** The words of the text that start with a lower-case letter, as written. */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> out = new HashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (Character.isLowerCase(w.group().codePointAt(0))) {
                out.add(w.group());
            }
        }
        return out;
    }

    /** A candidate pair as two persons, or the mention alone. */
    private static List<Mention> pair(Mention m, List<Mention> all) {
        if (!m.type().equals(EntityType.PERSON)) {
            return List.of(m);
        }
        Matcher h = PAIR.matcher(m.text());
        if (!h.find()) {
            return List.of(m);
        }
        Mention left = part(m, 0, h.start(), m.type());
        Mention right = part(m, h.end(), m.text().length(), m.type());
        boolean bothFull = Name.of(left.text()).words().size() >= 2 && Name.of(right.text()).words().size() >= 2;
        String leftNormal = Name.normalise(left.text());
        boolean leftAlone = all.stream().anyMatch(o -> o != m && o.type().equals(EntityType.PERSON)
                && Name.normalise(o.text()).equals(leftNormal));
        return bothFull || leftAlone ? List.of(left, right) : List.of(m);
    }

    /**
     * An institution fused with its person as the organization and the person; an institution alone, or one
     * whose person part holds what the document names as a place, as an organization; else the mention.
     */
    private static List<Mention> institution(Mention m, List<Mention> all, Optional<String> text) {
        List<int[]> w = words(m.text());
        int n = w.size();
        if (m.type().equals(EntityType.ORGANIZATION)) {
            return organizationWithPerson(m, w, all, text.map(t -> titleBefore(t, m)).orElse(false));
        }
        if (!m.type().equals(EntityType.PERSON) || !startsWithInstitution(m.text(), w)) {
            return List.of(m);
        }
        if (n < 3) {
            // "Komisi II", "Bank Jateng": no room for a person's name after the institution
            return List.of(part(m, 0, m.text().length(), EntityType.ORGANIZATION));
        }
        Set<String> places = all.stream().filter(o -> o.type().equals(EntityType.LOCATION))
                .map(Mention::text).collect(Collectors.toSet());
        // the person starts after the institution's last acronym, number or place the document names
        int marker = -1;
        for (int k = 0; k < n - 1; k++) {
            String word = word(m.text(), w.get(k));
            if (Name.of(word).acronym() || NUMBER.matcher(word).matches() || places.contains(word)) {
                marker = k;
            }
        }
        int person = marker >= 0 ? Math.max(marker + 1, n - 3) : n - 2;
        // or at the longest end of two words or more that the document names as a person elsewhere
        for (int p = Math.max(1, marker + 1); p <= n - 2; p++) {
            String end = Name.normalise(m.text().substring(w.get(p)[0]));
            if (all.stream().anyMatch(o -> o != m && o.type().equals(EntityType.PERSON)
                    && Name.normalise(o.text()).equals(end))) {
                person = p;
                break;
            }
        }
        for (int k = person; k < n; k++) {
            if (places.contains(word(m.text(), w.get(k)))) {
                // no person's name holds a named place: the whole is an organization ("Bulan Sabit Merah Mesir")
                return List.of(part(m, 0, m.text().length(), EntityType.ORGANIZATION));
            }
        }
        Mention organization = part(m, 0, w.get(person - 1)[1], EntityType.ORGANIZATION);
        Mention named = part(m, w.get(person)[0], m.text().length(), EntityType.PERSON);
        return List.of(organization, named);
    }

    /**
     * An organization's name that ends in a person's, after an acronym ({@code Departemen Luar Negeri AS Matthew
     * Miller}), as the two, where the document names the person elsewhere (the whole two or three words, or the
     * first or last of them: {@code Retno}, {@code Miller}), or a title stands before the organization
     * ({@code Juru bicara ...}) and the words after the acronym are capitalised; else the mention. Without that evidence an organization's last words
     * ({@code Universitas Gadjah Mada}) stay its own.
     */
    private static List<Mention> organizationWithPerson(Mention m, List<int[]> w, List<Mention> all,
            boolean titled) {
        int n = w.size();
        for (int p = Math.max(1, n - 3); p <= n - 2; p++) {
            if (!Name.of(word(m.text(), w.get(p - 1))).acronym()) {
                continue;
            }
            String end = Name.normalise(m.text().substring(w.get(p)[0]));
            Set<String> forms = Set.of(end, Name.normalise(word(m.text(), w.get(p))),
                    Name.normalise(word(m.text(), w.get(n - 1))));
            boolean named = all.stream().anyMatch(o -> o != m && o.type().equals(EntityType.PERSON)
                    && forms.contains(Name.normalise(o.text())));
            String tail = m.text().substring(w.get(p)[0]);
            boolean capitalised = words(tail).stream().allMatch(x -> Character.isUpperCase(tail.codePointAt(x[0]))
                    && !Name.of(word(tail, x)).acronym());
            if (named || titled && capitalised) {
                return List.of(part(m, 0, w.get(p - 1)[1], EntityType.ORGANIZATION),
                        part(m, w.get(p)[0], m.text().length(), EntityType.PERSON));
            }
        }
        return List.of(m);
    }

    /**
     * Whether a title of the project's list, in any case, stands right before the mention ({@code Juru bicara
     * Departemen Luar Negeri AS Matthew Miller}): a title is of a person, so a person ends the title's phrase.
     */
    private static boolean titleBefore(String text, Mention m) {
        String window = text.substring(Math.max(0, m.start() - 40), m.start());
        String before = window.stripTrailing().toLowerCase(Locale.ROOT);
        // a space between the title and the organization, and the title a whole word
        return before.length() < window.length()
                && TITLES_LOWER.stream().anyMatch(t -> before.endsWith(" " + t) || before.equals(t));
    }

    private static boolean startsWithInstitution(String text, List<int[]> w) {
        if (INSTITUTION_STARTS.contains(word(text, w.get(0)))) {
            return true;
        }
        List<String> words = w.stream().map(x -> word(text, x)).toList();
        return ORGANIZATION_NAMES.stream().anyMatch(o -> o.size() < words.size()
                && words.subList(0, o.size()).equals(o));
    }

    /**
     * The mentions of a headline line kept where the body names them, cut to the body's name inside them, or
     * dropped.
     */
    private static List<Mention> headlineLine(String text, List<Mention> mentions, Set<String> lowerCaseWords,
            Map<Mention, String> titles, Map<MentionCleaner.Fix, Integer> fixes) {
        int end = headlineEnd(text);
        if (end < 0) {
            return mentions;
        }
        List<Mention> body = mentions.stream().filter(m -> m.start() >= end).toList();
        Set<String> bodyNames = body.stream().map(m -> Name.normalise(m.text())).collect(Collectors.toSet());
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= end) {
                out.add(m);
                continue;
            }
            Name name = Name.of(m.text());
            if (!headlineLike(m, lowerCaseWords) || bodyNames.contains(name.normal()) || body.stream().anyMatch(b -> b.type().equals(m.type())
                    && name.wordsWithin(Name.of(b.text())))) {
                out.add(m);
                continue;
            }
            fixes.merge(MentionCleaner.Fix.HEADLINE_LINE, 1, Integer::sum);
            String title = titles.remove(m);
            longestBodyNameWithin(m, body).ifPresent(cut -> {
                out.add(cut);
                if (title != null) {
                    titles.put(cut, title);
                }
            });
        }
        return out;
    }

    /**
     * Whether a name of a headline line may hold more of the headline than the name: four words or more, or three
     * with a word the text also writes in lower case ({@code Juara}, {@code juara}). Shorter names of a headline
     * ({@code Sumut}, {@code RI}) are taken as they are.
     */
    private static boolean headlineLike(Mention m, Set<String> lowerCaseWords) {
        List<String> words = List.of(m.text().strip().split("\\s+"));
        return words.size() >= 4 || words.size() == 3
                && words.stream().anyMatch(w -> lowerCaseWords.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** The end of the first line when it is a headline, or -1. */
    static int headlineEnd(String text) {
        int lineEnd = text.indexOf('\n');
        if (lineEnd <= 0 || text.substring(lineEnd).isBlank()) {
            return -1;
        }
        String line = text.substring(0, lineEnd).strip();
        return line.isEmpty() || SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0 ? -1 : lineEnd;
    }

    private static Optional<Mention> longestBodyNameWithin(Mention m, List<Mention> body) {
        Set<String> names = new LinkedHashSet<>();
        body.stream().filter(b -> b.type().equals(m.type())).map(Mention::text)
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).forEach(names::add);
        for (String name : names) {
            Matcher at = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                    .matcher(m.text());
            if (at.find()) {
                return Optional.of(part(m, at.start(), at.end(), m.type()));
            }
        }
        return Optional.empty();
    }

    /** The part of a mention between two offsets into its text, white space at either end left out. */
    private static Mention part(Mention m, int from, int to, EntityType type) {
        while (from < to && Character.isWhitespace(m.text().charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(m.text().charAt(to - 1))) {
            to--;
        }
        return new Mention(type, m.text().substring(from, to), m.start() + from, m.start() + to, m.confidence(),
                m.sentence());
    }

    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher w = Pattern.compile("\\S+").matcher(text);
        while (w.find()) {
            out.add(new int[] {w.start(), w.end()});
        }
        return out;
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }

    /** The first words of the organization heads (the project's cue list), less those that are given names. */
    private static Set<String> institutionStarts() {
        Set<String> out = new HashSet<>(WordList.ORGANIZATION_HEADS.firstWords());
        out.removeAll(ALSO_GIVEN_NAMES);
        return Set.copyOf(out);
    }
}
