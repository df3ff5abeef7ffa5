package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bundled sentence detector and tokenizer on what Indonesian news text holds. */
class SegmentationTest {

    private static final Pipeline PIPELINE = Pipeline.bundled();

    private static List<String> tokens(String text) {
        return PIPELINE.segment(text).stream()
                .flatMap(s -> IntStream.range(0, s.size())
                        .mapToObj(t -> text.substring(s.tokenStart(t), s.tokenEnd(t))))
                .toList();
    }

    private static List<String> sentences(String text) {
        return PIPELINE.segment(text).stream()
                .map(s -> text.substring(s.tokenStart(0), s.tokenEnd(s.size() - 1))).toList();
    }

    @Test
    void keepsDatesInParenthesesTogether() {
        assertThat(tokens("Presiden tiba Jumat (19/7/2024) pagi."))
                .containsExactly("Presiden", "tiba", "Jumat", "(", "19/7/2024", ")", "pagi", ".");
    }

    @Test
    void keepsMediaNamesAndReduplicationWhole() {
        assertThat(tokens("JAKARTA, KONTAN.CO.ID - Sumber-sumber menyebutkan hal itu."))
                .containsExactly("JAKARTA", ",", "KONTAN.CO.ID", "-", "Sumber-sumber", "menyebutkan", "hal", "itu",
                        ".");
    }

    @Test
    void splitsCurrencyAndTrailingComma() {
        assertThat(tokens("Dana Rp1,5 triliun mengalir ke Korea Utara, kata dia."))
                .containsExactly("Dana", "Rp", "1,5", "triliun", "mengalir", "ke", "Korea", "Utara", ",", "kata",
                        "dia", ".");
    }

    @Test
    void splitsQuotesFromWords() {
        assertThat(tokens("\"Kami siap,\" ujar Budi."))
                .containsExactly("\"", "Kami", "siap", ",", "\"", "ujar", "Budi", ".");
    }

    @Test
    void keepsUrlsWhole() {
        assertThat(tokens("Lihat https://www.example.co.id/berita/2024/07/19/ekonomi?id=5 dan www.kpu.go.id."))
                .contains("https://www.example.co.id/berita/2024/07/19/ekonomi?id=5", "www.kpu.go.id")
                .endsWith(".");
    }

    @Test
    void upperCaseWebAddressesAreKeptWholeToo() {
        assertThat(tokens("BUKA WWW.KPU.GO.ID SEKARANG.")).contains("WWW.KPU.GO.ID");
        assertThat(Annotator.mayHoldUrl("Presiden tiba di Jakarta. Ia disambut.")).isFalse();
        assertThat(Annotator.mayHoldUrl("Surel: humas@kpu.go.id")).isTrue();
        assertThat(Annotator.mayHoldUrl("lihat Www.kpu.go.id")).isTrue();
        assertThat(Annotator.mayHoldUrl("ftp://a.b")).isTrue();
        assertThat(Annotator.mayHoldUrl("Jl. Sudirman, lihat www.kpu.go.id")).isTrue();
        assertThat(tokens("Jl. Sudirman, lihat www.kpu.go.id sekarang")).contains("www.kpu.go.id");
    }

    @Test
    void urlsAndAddressesNextToEachOtherGiveNonOverlappingTokens() {
        String text = "Kirim ke a@b.co.id;www.c.com atau (https://kpu.go.id).";
        List<String> tokens = tokens(text);
        assertThat(tokens).contains("a@b.co.id", "www.c.com", "https://kpu.go.id", "(", ")");
        Engine.Segment sentence = PIPELINE.segment(text).get(0);
        for (int i = 1; i < sentence.size(); i++) {
            assertThat(sentence.tokenStart(i)).isGreaterThanOrEqualTo(sentence.tokenEnd(i - 1));
        }
    }

    @Test
    void initialsOfANameDoNotEndASentenceButRomanNumeralsDo() {
        assertThat(sentences("Presiden meresmikan jalan itu bersama B. J. Habibie pada pagi hari. Ia lalu pulang."))
                .containsExactly("Presiden meresmikan jalan itu bersama B. J. Habibie pada pagi hari.",
                        "Ia lalu pulang.");
        assertThat(Annotator.isInitial("bersama B.", 10)).isTrue();
        assertThat(Annotator.isInitial("kuartal I.", 10)).isFalse();
        assertThat(Annotator.isInitial("Tahap AB.", 9)).isFalse();
    }

    @Test
    void doesNotEndSentencesAfterAbbreviations() {
        String text = "Acara dibuka Prof. Dr. H. Ahmad Fauzi, S.H., M.Si. di Jl. Merdeka No. 5, Bandung. "
                + "Peserta membawa buku, alat tulis, dll. sebelum masuk.";
        assertThat(sentences(text)).containsExactly(
                "Acara dibuka Prof. Dr. H. Ahmad Fauzi, S.H., M.Si. di Jl. Merdeka No. 5, Bandung.",
                "Peserta membawa buku, alat tulis, dll. sebelum masuk.");
    }

    @Test
    void keepsDatelineInItsSentence() {
        String text = "JAKARTA, KOMPAS.com - Menteri Keuangan tiba Senin (19/7/2024). Ia langsung rapat.";
        assertThat(sentences(text)).containsExactly(
                "JAKARTA, KOMPAS.com - Menteri Keuangan tiba Senin (19/7/2024).", "Ia langsung rapat.");
    }

    @Test
    void splitsAfterQuotedSpeech() {
        String text = "\"Kami siap berangkat,\" ujar Budi. \"Semua sudah siap dsb. sejak pagi.\" Rombongan lalu berangkat.";
        assertThat(sentences(text)).containsExactly("\"Kami siap berangkat,\" ujar Budi.",
                "\"Semua sudah siap dsb. sejak pagi.\"", "Rombongan lalu berangkat.");
    }

    @Test
    void everyLineIsASentenceBoundary() {
        String text = "Harga Beras Naik\nBaca Juga: Petani Panen Raya\nPenulis: Rina Wulandari";
        assertThat(sentences(text)).containsExactly("Harga Beras Naik", "Baca Juga: Petani Panen Raya",
                "Penulis: Rina Wulandari");
    }
}
