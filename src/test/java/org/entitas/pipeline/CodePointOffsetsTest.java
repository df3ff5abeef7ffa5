package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.util.Span;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.Mention;
import org.entitas.Sentence;
import org.entitas.TaggedDocument;
import org.entitas.Token;
import org.junit.jupiter.api.Test;

/** No token and no mention begins or ends between the two halves of a surrogate pair. */
class CodePointOffsetsTest {

    private static final EntityExtractor NER = EntityExtractor.indonesian();

    @Test
    void emojiAfterANameIsNotCutInTwo() {
        String text = "Presiden Prabowo Subianto\uD83D\uDE4F bertemu Gubernur Jawa Barat di Bandung.";

        List<Mention> found = NER.extract(text);

        assertThat(found).extracting(Mention::text).contains("Prabowo Subianto");
        for (Mention m : found) {
            assertWhole(text, m.start(), m.text());
            assertWhole(text, m.end(), m.text());
        }
    }

    @Test
    void cutsInsideAPairAreMovedBeforeIt() {
        String word = "Subianto\uD83D\uDE4F";
        assertThat(Annotator.wholeCodePoints(word, new Span[] {new Span(0, 9), new Span(9, 10)}))
                .containsExactly(8, 10);
        assertThat(Annotator.wholeCodePoints("\uD83D\uDE4F", new Span[] {new Span(0, 1), new Span(1, 2)}))
                .containsExactly(2);
    }

    @Test
    void everyOffsetOfAGeneratedTextFullOfEmojiMarksAndSurrogatesFallsBetweenCodePoints() {
        String[] names = {"Prabowo Subianto", "Joko Widodo", "Sri Mulyani", "Jakarta", "Bank Indonesia", "Surabaya",
                "Komisi Pemilihan Umum", "Anies Baswedan"};
        String[] words = {"Presiden", "bertemu", "Gubernur", "di", "kata", "Menteri", "tiba", "dan", "."};
        String[] odd = {"\uD83D\uDE4F", "\uD83D\uDE00\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                "\uD83C\uDDEE\uD83C\uDDE9", "e\u0301", "\u0915\u094D\u0937", "\uD800", "\uDC00", "\uDBFF\uDBFF",
                "\uD83D\uDC4D\uD83C\uDFFD", "#\uFE0F\u20E3", "\uD835\uDC00\uD835\uDC01"};
        Random random = new Random(11);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            int pick = random.nextInt(10);
            String piece = pick < 3 ? names[random.nextInt(names.length)]
                    : pick < 6 ? words[random.nextInt(words.length)] : odd[random.nextInt(odd.length)];
            sb.append(piece);
            // glued to the word before or after, or separated by a space
            if (random.nextInt(3) > 0) {
                sb.append(random.nextInt(8) == 0 ? "\n" : " ");
            }
        }
        String text = sb.toString();

        TaggedDocument tagged = NER.extract(new Document("generated", text, Map.of()));

        int tokens = 0;
        for (Sentence s : tagged.sentences()) {
            for (Token t : s.tokens()) {
                assertWhole(text, t.start(), t.text());
                assertWhole(text, t.end(), t.text());
                tokens++;
            }
        }
        assertThat(tokens).isGreaterThan(3000);
        assertThat(tagged.mentions()).hasSizeGreaterThan(100);
        for (Mention m : tagged.mentions()) {
            assertWhole(text, m.start(), m.text());
            assertWhole(text, m.end(), m.text());
        }
    }

    /** Whether an offset falls between code points: not after a high surrogate followed by a low one. */
    private static void assertWhole(String text, int offset, String what) {
        boolean inside = offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
        assertThat(inside).as("offset %d of '%s' splits a surrogate pair", offset, what).isFalse();
    }
}
