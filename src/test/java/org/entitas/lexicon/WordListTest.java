package org.entitas.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void listsAreReadWithoutCommentsOrBlankLines() {
        assertThat(WordList.TITLES.entries()).contains("Presiden", "Wali Kota", "H.")
                .noneMatch(l -> l.startsWith("#") || l.isBlank());
        assertThat(WordList.ORGANIZATION_HEADS.entries()).contains("PT", "Partai", "Kementerian");
        assertThat(WordList.PLACE_CUES.entries()).contains("Kabupaten", "Jalan", "Pulau");
        assertThat(WordList.ABBREVIATIONS.entries()).contains("Dr.", "Jl.", "dll.", "S.H.")
                .noneMatch(l -> l.startsWith("#") || l.isBlank());
    }

    @Test
    void firstWordsAreTheWordsAnEntryStartsWithInFileOrderOnce() {
        assertThat(WordList.TITLES.entries()).startsWith("Presiden", "Wakil Presiden");
        assertThat(WordList.TITLES.firstWords()).startsWith("Presiden", "Wakil", "Wapres")
                .contains("Wali", "Kepala").doesNotContain("Wakil Presiden", "Kota");
        assertThat(WordList.TITLES.firstWords()).hasSizeLessThan(WordList.TITLES.entries().size());
    }
}
