package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void splitsLinesAndTrims() {
        String text = "  satu \r\n\n dua\n";
        assertThat(TextBlocks.lines(text, 100)).extracting(r -> text.substring(r.start(), r.end()))
                .containsExactly("satu", "dua");
    }

    @Test
    void cutsLongLinesAtWhitespace() {
        String text = "kata ".repeat(100).trim();
        List<TextBlocks.Range> out = new ArrayList<>();
        TextBlocks.addCut(text, 0, text.length(), 42, out);
        assertThat(out).allSatisfy(r -> {
            assertThat(r.end() - r.start()).isLessThanOrEqualTo(42);
            assertThat(text.substring(r.start(), r.end())).doesNotStartWith(" ").doesNotEndWith(" ")
                    .matches("(kata ?)+");
        });
        assertThat(out.stream().map(r -> text.substring(r.start(), r.end())).flatMap(p -> List.of(p.split(" ")).stream()))
                .hasSize(100).containsOnly("kata");
    }

    @Test
    void cutsAWordLongerThanTheLimit() {
        String text = "x".repeat(250);
        List<TextBlocks.Range> out = new ArrayList<>();
        TextBlocks.addCut(text, 0, text.length(), 100, out);
        assertThat(out).hasSize(3);
    }
}
