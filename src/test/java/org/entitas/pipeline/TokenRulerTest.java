package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dictionary names and token patterns matched over the tokens of a sentence. */
class TokenRulerTest {

    private static String[] tokens(String sentence) {
        return sentence.split(" ");
    }

    private static int end(String pattern, String sentence, int start) {
        return TokenPattern.parse(pattern).longestMatch(tokens(sentence), start);
    }

    @Test
    void theLongestNameAtEachTokenMatchesCaseIncluded() {
        TokenRuler r = TokenRuler.builder().addName("PRODUCT", List.of("Kopi", "Senja"))
                .addName("PRODUCT", List.of("Kopi", "Senja", "Gula", "Aren"))
                .addName("ORGANIZATION", List.of("Bank", "Nusantara")).build();

        assertThat(r.names(tokens("Warga membeli Kopi Senja Gula Aren di Bank Nusantara ."), 3))
                .extracting(Engine.Name::label, Engine.Name::sentence, Engine.Name::firstToken,
                        Engine.Name::endToken, Engine.Name::confidence)
                .containsExactly(tuple("PRODUCT", 3, 2, 6, 1.0), tuple("ORGANIZATION", 3, 7, 9, 1.0));
        assertThat(r.names(tokens("warga membeli kopi senja dan KOPI SENJA"), 0)).isEmpty();
        assertThat(r.labels()).containsExactlyInAnyOrder("PRODUCT", "ORGANIZATION");
    }

    @Test
    void aNameListedWithAnotherLabelOrTooLongIsRefused() {
        TokenRuler.Builder b = TokenRuler.builder().addName("PRODUCT", List.of("Garuda")).addName("PRODUCT",
                List.of("Garuda"));
        assertThatThrownBy(() -> b.addName("ORGANIZATION", List.of("Garuda")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("listed already as PRODUCT");
        assertThatThrownBy(() -> b.addName("PRODUCT", Collections.nCopies(21, "x")))
                .hasMessage("a name has at most 20 tokens, this one 21");
        assertThatThrownBy(() -> b.addName("PRODUCT", List.of())).hasMessage("a name needs a token");
    }

    @Test
    void aDictionaryHoldsAtMostMaxNames() {
        TokenRuler.Builder b = TokenRuler.builder();
        for (int i = 0; i < TokenRuler.MAX_NAMES; i++) {
            b.addName("PRODUCT", List.of("n" + i));
        }
        b.addName("PRODUCT", List.of("n0"));
        assertThatThrownBy(() -> b.addName("PRODUCT", List.of("one-more")))
                .hasMessage("a dictionary holds at most 500000 names");
    }

    @Test
    void literalsRegexesAndRepeatsMatchTheLongestRun() {
        assertThat(end("Nusa Pro /[0-9]+/", "Beli Nusa Pro 5 sekarang", 1)).isEqualTo(4);
        assertThat(end("Nusa Pro /[0-9]+/", "Beli Nusa Pro Max sekarang", 1)).isEqualTo(-1);
        assertThat(end("nusa Pro /[0-9]+/", "Beli Nusa Pro 5", 1)).isEqualTo(-1);
        assertThat(end("/(?i)nusa/ Pro", "Beli NUSA Pro", 1)).isEqualTo(3);
        assertThat(end("PT /[A-Z][a-z]+/+ Tbk?", "oleh PT Sinar Jaya Abadi Tbk .", 1)).isEqualTo(6);
        assertThat(end("PT /[A-Z][a-z]+/+ Tbk?", "oleh PT Sinar Jaya .", 1)).isEqualTo(4);
        assertThat(end("PT /[A-Z][a-z]+/+ Tbk?", "oleh PT .", 1)).isEqualTo(-1);
        assertThat(end("/[A-Z]\\w+/* Cup", "Piala Cup", 0)).isEqualTo(2);
        assertThat(end("/[A-Z]\\w+/* Cup", "Cup", 0)).isEqualTo(1);
        assertThat(end("/[A-Z]\\w+/+", "Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj", 0)).isEqualTo(8);
        assertThat(end("Festival ?", "Festival ?", 0)).isEqualTo(2);
        assertThat(end("/C\\+\\+/", "C++", 0)).isEqualTo(1);
    }

    @Test
    void patternsMatchAtEachTokenInPatternOrder() {
        TokenRuler r = TokenRuler.builder().addPattern("PRODUCT", "Nusa Pro /[0-9]+/")
                .addPattern("EVENT", "Festival /[A-Z]\\w+/+").build();
        assertThat(r.patterns(tokens("Festival Belanja Nasional menjual Nusa Pro 5 ."), 0))
                .extracting(Engine.Name::label, Engine.Name::firstToken, Engine.Name::endToken)
                .containsExactly(tuple("EVENT", 0, 3), tuple("PRODUCT", 4, 7));
        assertThat(r.names(tokens("Nusa Pro 5"), 0)).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void patternsThatWouldBacktrackForEverMatchInLinearTime() {
        // on java.util.regex the first runs for ages (each 'a' doubles the work) and the second overflows the stack
        String run = "a".repeat(40) + "b";
        assertThat(end("/(.*a){25}/", run, 0)).isEqualTo(-1);
        assertThat(end("/(.*a){25}/", "a".repeat(40), 0)).isEqualTo(1);
        assertThat(end("/(a|a)*$/", "a".repeat(3000), 0)).isEqualTo(1);
        assertThat(end("/(a|a)*$/", "a".repeat(3000) + "b", 0)).isEqualTo(-1);
    }

    @Test
    void malformedPatternsAreRefusedNamingTheElement() {
        assertThatThrownBy(() -> TokenPattern.parse("Nusa /[0-9/")).hasMessageContaining("'/[0-9/'")
                .hasMessageContaining("missing closing ]");
        assertThatThrownBy(() -> TokenPattern.parse("/(a)\\1/")).hasMessageContaining("'/(a)\\1/'")
                .hasMessageContaining("no backreferences");
        assertThatThrownBy(() -> TokenPattern.parse("Nusa /[0-9]+")).hasMessage("a regex element is /regex/: '/[0-9]+'");
        assertThatThrownBy(() -> TokenPattern.parse("Nusa? Pro*")).hasMessage(
                "a pattern needs an element that is not optional: 'Nusa? Pro*'");
        assertThatThrownBy(() -> TokenPattern.parse("   ")).hasMessage("empty pattern");
        assertThatThrownBy(() -> TokenPattern.parse("a b c d e f g h i j k l m n o p q"))
                .hasMessageContaining("at most 16 elements, this one 17");
        assertThatThrownBy(() -> TokenPattern.parse("/" + "x".repeat(201) + "/"))
                .hasMessageContaining("at most 200 characters");
        TokenRuler.Builder b = TokenRuler.builder();
        for (int i = 0; i < TokenRuler.MAX_PATTERNS; i++) {
            b.addPattern("PRODUCT", "p" + i);
        }
        assertThatThrownBy(() -> b.addPattern("PRODUCT", "one-more")).hasMessage("at most 1000 patterns");
    }
}
