package org.entitas.graph;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.train.CueLists;

/**
 * Reads roles from the Indonesian title before a person's name: in {@code Presiden Rusia Vladimir Putin} the
 * role {@code Presiden} of {@code Rusia}; in {@code Wakil Menteri Pertahanan Rusia Aleksey Krivoruchko} the
 * role {@code Wakil Menteri Pertahanan} of {@code Rusia}; in {@code Ketua Umum Partai Golkar ...} the role
 * {@code Ketua Umum} of the organization. A role is a run of capitalised words that starts with a title word
 * ({@code Presiden}, {@code Menteri}, {@code Gubernur}, {@code Ketua}, ...: the project's title list), right
 * before the person or before a place or organization that stands right before the person. Stateless and
 * thread-safe.
 */
public final class RoleRelations {

    private static final Set<String> TITLE_STARTS = titleStarts();
    /** Closing quotes and brackets, which may follow a sentence's final dot. */
    private static final String CLOSERS = "\"'\u201d\u2019)]";
    private static final Set<String> ABBREVIATIONS = Set.copyOf(wordList("abbreviations-id.txt"));

    private RoleRelations() {
    }

    /**
     * A person's role, read from one sentence.
     *
     * @param person the person's mention
     * @param role the role's words, as written
     * @param of the place or organization the role is of, when the title names one
     * @param sentence the text of the sentence it was read from
     */
    public record Role(Mention person, String role, Optional<Mention> of, String sentence) {
        public Role {
            requireNonNull(person, "person must not be null");
            requireNonNull(role, "role must not be null");
            requireNonNull(of, "of must not be null");
            requireNonNull(sentence, "sentence must not be null");
        }
    }

    /** The roles of the persons of one document; none when the text is not at hand (empty). */
    public static List<Role> read(String text, List<Mention> mentions) {
        List<Role> out = new ArrayList<>();
        if (mentions.stream().anyMatch(m -> m.end() > text.length())) {
            return out;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention p = mentions.get(i);
            if (!p.type().equals(EntityType.PERSON)) {
                continue;
            }
            int cursor = p.start();
            Optional<Mention> of = Optional.empty();
            if (i > 0) {
                Mention before = mentions.get(i - 1);
                if ((before.type().equals(EntityType.LOCATION) || before.type().equals(EntityType.ORGANIZATION))
                        && text.substring(before.end(), p.start()).equals(" ")) {
                    of = Optional.of(before);
                    cursor = before.start();
                }
            }
            List<int[]> words = new ArrayList<>();
            int end = cursor;
            while (end > 0 && text.charAt(end - 1) == ' ' && words.size() < 6) {
                int wordEnd = end - 1;
                int wordStart = wordEnd;
                while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                    wordStart--;
                }
                String word = text.substring(wordStart, wordEnd);
                if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))
                        || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.')) {
                    break;
                }
                words.add(0, new int[] {wordStart, wordEnd});
                end = wordStart;
            }
            for (int k = 0; k < words.size(); k++) {
                String first = text.substring(words.get(k)[0], words.get(k)[1]);
                if (TITLE_STARTS.contains(first)) {
                    String role = text.substring(words.get(k)[0], words.get(words.size() - 1)[1]);
                    out.add(new Role(p, role, of, sentence(text, p.start())));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The sentence around an offset: from the last end of sentence or line break before it to the next. A dot
     * ends a sentence only before a space or the end of the text, and not after an abbreviation of the
     * project's list ({@code Jl.}, {@code Prof.}) or an initial ({@code B. J. Habibie}).
     */
    static String sentence(String text, int at) {
        int start = at;
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        while (start > 0 && start < at && CLOSERS.indexOf(text.charAt(start)) >= 0) {
            start++; // the closing quote or bracket of the sentence before
        }
        int end = at;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(start, end).strip();
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        // closing quotes and brackets may stand between the dot and the space: ... ujarnya." Ia ...
        int after = i + 1;
        while (after < text.length() && CLOSERS.indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        if (after < text.length() && !Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1)) || w > 0 && text.charAt(w - 1) == '.') {
            w--;
        }
        String word = text.substring(w, i + 1);
        boolean initial = word.length() == 2 && Character.isUpperCase(word.charAt(0));
        return !initial && !ABBREVIATIONS.contains(word);
    }

    private static List<String> wordList(String name) {
        try {
            return CueLists.read(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> titleStarts() {
        Set<String> out = new HashSet<>();
        for (String line : wordList("cues-title.txt")) {
            out.add(line.split("\\s+")[0]);
        }
        // honorifics and degrees are not roles
        out.removeAll(Set.of("Dr.", "H.", "Hj.", "Prof.", "Ir.", "Drs.", "Pak", "Bu", "Bapak", "Ibu", "Mas", "Bang"));
        return out;
    }
}
