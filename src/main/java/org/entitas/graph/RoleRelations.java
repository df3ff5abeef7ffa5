package org.entitas.graph;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.TaggedDocument;
import org.entitas.lexicon.WordList;

/**
 * Reads roles from the Indonesian title before a person's name: in {@code Presiden Rusia Vladimir Putin} the
 * role {@code Presiden} of {@code Rusia}; in {@code Wakil Menteri Pertahanan Rusia Aleksey Krivoruchko} the
 * role {@code Wakil Menteri Pertahanan} of {@code Rusia}; in {@code Ketua Umum Partai Golkar ...} the role
 * {@code Ketua Umum} of the organization. A role is a run of capitalised words that starts with a title word
 * ({@code Presiden}, {@code Menteri}, {@code Gubernur}, {@code Ketua}, ...: the project's title list), right
 * before the person or before a place or organization that stands right before the person (with its acronym
 * in parentheses, if any: {@code Gubernur Bank Indonesia (BI) Perry Warjiyo}). Stateless and thread-safe.
 */
final class RoleRelations {

    private static final Set<String> TITLE_STARTS = titleStarts();
    private static final Set<String> ABBREVIATIONS = Set.copyOf(WordList.ABBREVIATIONS.entries());

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

    /** The roles of the persons of one tagged document, each with the text of its sentence as evidence. */
    public static List<Role> read(TaggedDocument document) {
        String text = document.text();
        List<Mention> mentions = document.mentions();
        List<Role> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention p = mentions.get(i);
            if (!p.type().equals(EntityType.PERSON)) {
                continue;
            }
            int cursor = p.start();
            Optional<Mention> of = Optional.empty();
            if (i > 0) {
                Mention before = mentions.get(i - 1);
                String between = text.substring(before.end(), p.start());
                if (placeOrOrganization(before) && between.equals(" ")) {
                    of = Optional.of(before);
                    cursor = before.start();
                } else if (placeOrOrganization(before) && between.equals(") ") && i > 1
                        && placeOrOrganization(mentions.get(i - 2))
                        && text.substring(mentions.get(i - 2).end(), before.start()).equals(" (")) {
                    // "Gubernur Bank Indonesia (BI) Perry Warjiyo": the name before its acronym
                    of = Optional.of(mentions.get(i - 2));
                    cursor = mentions.get(i - 2).start();
                }
            }
            List<int[]> words = new ArrayList<>();
            int end = cursor;
            int sentenceStart = document.sentences().get(p.sentence()).start();
            while (end > sentenceStart && text.charAt(end - 1) == ' ' && words.size() < 6) {
                int wordEnd = end - 1;
                int wordStart = wordEnd;
                while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                    wordStart--;
                }
                String word = text.substring(wordStart, wordEnd);
                if (word.isEmpty() || wordStart < sentenceStart || !Character.isUpperCase(word.codePointAt(0))
                        || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.')
                        || word.endsWith(".") && !ABBREVIATIONS.contains(word)) {
                    break;
                }
                words.add(0, new int[] {wordStart, wordEnd});
                end = wordStart;
            }
            for (int k = 0; k < words.size(); k++) {
                String first = text.substring(words.get(k)[0], words.get(k)[1]);
                if (TITLE_STARTS.contains(first)) {
                    String role = text.substring(words.get(k)[0], words.get(words.size() - 1)[1]);
                    out.add(new Role(p, role, of, document.sentences().get(p.sentence()).text(text)));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean placeOrOrganization(Mention m) {
        return m.type().equals(EntityType.LOCATION) || m.type().equals(EntityType.ORGANIZATION);
    }

    private static Set<String> titleStarts() {
        Set<String> out = new HashSet<>(WordList.TITLES.firstWords());
        // honorifics and degrees are not roles
        out.removeAll(Set.of("Dr.", "H.", "Hj.", "Prof.", "Ir.", "Drs.", "Pak", "Bu", "Bapak", "Ibu", "Mas", "Bang"));
        return out;
    }
}
