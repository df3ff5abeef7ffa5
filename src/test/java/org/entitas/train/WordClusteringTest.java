package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClusteringTest {

    /** Cities follow "di" and precede "kemarin"; people follow "kata" and precede "bahwa". */
    private static List<String[]> text() {
        String[] cities = {"Jakarta", "Bandung", "Medan", "Surabaya"};
        String[] people = {"Budi", "Siti", "Agus", "Dewi"};
        List<String[]> out = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            for (String c : cities) {
                out.add(("mereka tiba di " + c + " kemarin .").split(" "));
            }
            for (String p : people) {
                out.add(("kata " + p + " bahwa harga naik .").split(" "));
            }
        }
        return out;
    }

    @Test
    void wordsWithTheSameNeighboursShareAClass() {
        Map<String, Integer> c = WordClustering.cluster(text(), 6, 2, 20);
        assertThat(List.of(c.get("bandung"), c.get("medan"), c.get("surabaya"))).containsOnly(c.get("jakarta"));
        assertThat(List.of(c.get("siti"), c.get("agus"), c.get("dewi"))).containsOnly(c.get("budi"));
        assertThat(c.get("jakarta")).isNotEqualTo(c.get("budi"));
        assertThat(WordClustering.cluster(text(), 6, 2, 20)).isEqualTo(c);
    }

    @Test
    void rareWordsAreLeftOutAndWordsAreLowerCased() {
        List<String[]> text = new ArrayList<>(text());
        text.add("Sekali JAKARTA".split(" "));
        Map<String, Integer> c = WordClustering.cluster(text, 4, 2, 5);
        assertThat(c).doesNotContainKey("sekali").containsKey("jakarta").doesNotContainKey("Jakarta");
    }

    @Test
    void readsPlainTextAndConllAndWritesWordClassLines(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("text.txt"), "Budi tiba di Bandung .\n\n");
        Path conll = Files.writeString(dir.resolve("ner.tsv"),
                "-DOCSTART-\tO\n\nSiti\tB-PER\npergi\tO\n\nke\tO\n-DOCSTART-\tO\ndi samping itu\tO\nlalu\n");
        List<String[]> s = WordClustering.readSentences(List.of(plain, conll));
        assertThat(s).extracting(a -> String.join("|", a))
                .containsExactly("Budi|tiba|di|Bandung|.", "Siti|pergi", "ke", "di samping itu|lalu");

        Path out = dir.resolve("c.txt");
        WordClustering.write(Map.of("jakarta", 3, "budi", 0), out);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly("budi c0", "jakarta c3");
    }

    @Test
    void plainTextThatIsNotUtf8IsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'k', 'o', 't', 'a', '\n', (byte) 0xff, '\n'});
        assertThatThrownBy(() -> WordClustering.readSentences(List.of(bad))).isInstanceOf(IOException.class)
                .hasMessage(bad + ": not valid UTF-8");
    }

    @Test
    void parametersAreChecked() {
        assertThatThrownBy(() -> WordClustering.cluster(text(), 1, 2, 5)).hasMessageContaining("classes").hasMessageContaining(": 1");
        assertThatThrownBy(() -> WordClustering.cluster(text(), 8, 0, 5)).hasMessageContaining("minCount");
        assertThatThrownBy(() -> WordClustering.readSentences(List.of(Path.of("no/such.txt"))))
                .isInstanceOf(IOException.class).hasMessageContaining("no/such.txt");
    }
}
