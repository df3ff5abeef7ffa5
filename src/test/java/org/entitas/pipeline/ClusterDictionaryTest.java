package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.entitas.pipeline.ClusterFeatureGeneratorFactory.Dictionary;
import org.junit.jupiter.api.Test;

/** The word cluster file: {@code word cluster [count]} lines, as a model stores them and as training reads them. */
class ClusterDictionaryTest {

    private static Dictionary read(String text) throws IOException {
        return Dictionary.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "clusters.txt");
    }

    @Test
    void fieldsAreCutAtRunsOfSpacesAndTabsAndBlankLinesAreSkipped() throws IOException {
        Dictionary d = read("jakarta c12\n\n  surabaya\t\tc12 40\r\n\t\nmakan \t c7\r\nkota c3   \n\u00e9t\u00e9 c3");
        assertThat(d.size()).isEqualTo(5);
        assertThat(d.lookup("jakarta")).isEqualTo("c12");
        assertThat(d.lookup("surabaya")).isEqualTo("c12");
        assertThat(d.lookup("makan")).isEqualTo("c7");
        assertThat(d.lookup("kota")).isEqualTo("c3");
        assertThat(d.lookup("\u00e9t\u00e9")).isEqualTo("c3");
        assertThat(d.lookup("bandung")).isNull();
    }

    @Test
    void aLineOfOneOrMoreThanThreeFieldsNamesTheSourceAndLine() {
        assertThatThrownBy(() -> read("jakarta c12\nsurabaya\n"))
                .isInstanceOf(IOException.class).hasMessage("clusters.txt, line 2: expected 'word cluster', got 'surabaya'");
        assertThatThrownBy(() -> read("a c1\n\nb c2 3 4\r\n"))
                .isInstanceOf(IOException.class).hasMessage("clusters.txt, line 3: expected 'word cluster', got 'b c2 3 4'");
    }

    @Test
    void writtenAndReadAgainGivesTheSameWords() throws IOException {
        Dictionary d = read("zebra c1\napel c2\n\u4e2d\u6587 c1\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.write(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("apel c2\nzebra c1\n\u4e2d\u6587 c1\n");
        Dictionary again = read(out.toString(StandardCharsets.UTF_8));
        assertThat(again.size()).isEqualTo(3);
        assertThat(again.lookup("\u4e2d\u6587")).isEqualTo("c1");
    }

    @Test
    void aWordAsWrittenIsLookedUpLowerCasedAsToLowerCaseWould() throws IOException {
        Dictionary d = read("jakarta c12\nkim-jong-un c4\n\u00e9t\u00e9 c3\ni\u0307stanbul c9\nistanbul c8\n");
        for (String w : new String[] {"Jakarta", "JAKARTA", "jakarta", "JaKaRtA", "Kim-Jong-Un", "\u00c9T\u00c9",
                "\u00c9t\u00e9", "\u0130stanbul", "Istanbul", "ISTANBUL", "Jakarta1", "", "Bandung", "[", "@"}) {
            assertThat(d.lookupLowerCased(w)).as(w).isEqualTo(d.lookup(w.toLowerCase(Locale.ROOT)));
        }
        assertThat(d.lookupLowerCased("JAKARTA")).isEqualTo("c12");
        assertThat(d.lookupLowerCased("\u0130stanbul")).isEqualTo("c9");
        assertThat(d.lookupLowerCased("Bandung")).isNull();
    }

    @Test
    void aWordGivenTwiceKeepsTheLaterClusterAndCountsOnce() throws IOException {
        Dictionary d = read("jakarta c12\nbandung c3\njakarta c7\n");
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.lookup("jakarta")).isEqualTo("c7");
        assertThat(new Dictionary(Map.of("a", "c1", "b", "c1")).lookup("b")).isEqualTo("c1");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> new Dictionary(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("a cluster must not be null");
        Map<String, String> nullWord = new HashMap<>();
        nullWord.put(null, "c1");
        assertThatThrownBy(() -> new Dictionary(nullWord)).isInstanceOf(NullPointerException.class)
                .hasMessage("a word must not be null");
    }

    @Test
    void manyWordsAreAllFound() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("w").append(i).append(" c").append(i % 256).append('\n');
        }
        Dictionary d = read(text.toString());
        assertThat(d.size()).isEqualTo(50_000);
        for (int i = 0; i < 50_000; i += 7) {
            assertThat(d.lookup("w" + i)).isEqualTo("c" + (i % 256));
            assertThat(d.lookupLowerCased("W" + i)).isEqualTo("c" + (i % 256));
        }
        assertThat(d.lookup("w50000")).isNull();
    }
}
