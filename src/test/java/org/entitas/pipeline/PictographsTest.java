package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pictographs are cut from the words they are written against, and never cut themselves. */
class PictographsTest {

    private static final String FLAG = "\uD83C\uDDEE\uD83C\uDDE9";
    private static final String GRIN = "\uD83D\uDE00";

    @Test
    void aFlagAgainstAWordIsCutOffWholeEvenWhereTheTokenizerCutItInTwo() {
        String word = "Widodo" + FLAG;
        // the tokenizer's cut between the two regional indicators: Widodo🇮|🇩
        assertThat(Pictographs.apart(word, new int[] {8, 10})).containsExactly(6, 10);
        assertThat(Pictographs.apart(word, new int[] {10})).containsExactly(6, 10);
    }

    @Test
    void anEmojiWithItsSkinToneAndJoinedSequencesStayWhole() {
        String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(Pictographs.apart("Baswedan" + GRIN, new int[] {10})).containsExactly(8, 10);
        assertThat(Pictographs.apart("Budi" + thumbs, new int[] {6, 8})).containsExactly(4, 8);
        assertThat(Pictographs.apart(family + "Ani", new int[] {2, 5, 8, 11})).containsExactly(8, 11);
        assertThat(Pictographs.apart(FLAG + FLAG, new int[] {2, 4, 6, 8})).containsExactly(4, 8);
    }

    @Test
    void wordsWithoutPictographsAndLatin1SymbolsAreLeftAsTheTokenizerCutThem() {
        assertThat(Pictographs.apart("Jakarta,", new int[] {7, 8})).containsExactly(7, 8);
        assertThat(Pictographs.apart("25\u00B0C", new int[] {4})).containsExactly(4);
    }
}
