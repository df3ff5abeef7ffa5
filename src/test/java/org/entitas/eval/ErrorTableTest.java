package org.entitas.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.entitas.eval.ErrorTable.Item;
import org.entitas.eval.ErrorTable.Kind;
import org.junit.jupiter.api.Test;

class ErrorTableTest {

    // tokens: 0 KOMPAS.com 1 - 2 Komisi 3 II 4 DPR 5 menemui 6 Budi 7 Santoso 8 di 9 Jawa 10 Barat
    private static final List<String> WORDS = List.of("KOMPAS.com", "-", "Komisi", "II", "DPR", "menemui", "Budi",
            "Santoso", "di", "Jawa", "Barat");

    private static ErrorTable table(List<Item> gold, List<Item> predicted) {
        ErrorTable t = new ErrorTable(5);
        t.add(gold, predicted, i -> String.join(" ", WORDS.subList(i.start(), i.end())));
        return t;
    }

    @Test
    void sortsEachGoldMentionIntoOneClass() {
        ErrorTable t = table(
                List.of(new Item("ORG", 2, 5), new Item("PER", 6, 8), new Item("LOC", 9, 11)),
                List.of(new Item("ORG", 0, 5), new Item("PER", 6, 7), new Item("ORG", 9, 11)));
        assertThat(t.counts()).isEqualTo(Map.of(
                "ORG", Map.of(Kind.OVERRUN, 1L), "PER", Map.of(Kind.UNDERRUN, 1L), "LOC", Map.of(Kind.WRONG_TYPE, 1L)));
        assertThat(t.examples(Kind.OVERRUN)).containsExactly("[Komisi II DPR]/ORG -> [KOMPAS.com - Komisi II DPR]/ORG");
    }

    @Test
    void joinedSplitCrossingMissedSpuriousAndExact() {
        ErrorTable t = table(
                List.of(new Item("ORG", 2, 5), new Item("PER", 6, 8), new Item("LOC", 9, 11)),
                List.of(new Item("ORG", 0, 1), new Item("ORG", 2, 8)));
        assertThat(t.total(Kind.JOINED)).isEqualTo(2);
        assertThat(t.total(Kind.MISSED)).isEqualTo(1);
        assertThat(t.counts().get("ORG")).isEqualTo(Map.of(Kind.JOINED, 1L, Kind.SPURIOUS, 1L));
        assertThat(t.examples(Kind.SPURIOUS)).containsExactly("[KOMPAS.com]/ORG");

        ErrorTable u = table(List.of(new Item("LOC", 9, 11), new Item("PER", 6, 8), new Item("ORG", 2, 5)),
                List.of(new Item("LOC", 9, 10), new Item("LOC", 10, 11), new Item("PER", 7, 9), new Item("ORG", 2, 5)));
        assertThat(u.counts()).isEqualTo(Map.of("LOC", Map.of(Kind.SPLIT, 1L), "PER", Map.of(Kind.CROSSING, 1L),
                "ORG", Map.of(Kind.EXACT, 1L)));
        assertThat(u.examples(Kind.EXACT)).isEmpty();
    }

    @Test
    void rejectsBadRanges() {
        assertThatThrownBy(() -> new Item("PER", 3, 3)).hasMessageContaining("[3, 3)");
        assertThatThrownBy(() -> new ErrorTable(-1)).hasMessageContaining("-1");
    }
}
