package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The casing classes of words, from sentences the team wrote. */
class CasingClassesTest {

    private static List<String[]> sentences(String... lines) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.split(" "));
        }
        return out;
    }

    @Test
    void aWordGetsTheClassOfTheShareItIsWrittenCapitalised() {
        Map<String, String> c = CasingClasses.classes(sentences(
                "Warga Bandung pergi ke pasar .",
                "Hujan turun di Bandung sore ini .",
                "Mereka tiba di Bandung , lalu ke pasar .",
                "Harga di pasar naik ; Pasar Baru ramai .",
                "Rapat NATO di Brussel membahas NATO dan Rusia .",
                "Juru bicara NATO menolak ."), 1);
        // pasar: three times in lower case, once capitalised (Pasar Baru): 25%
        assertThat(c).containsEntry("bandung", "k4").containsEntry("pasar", "k1")
                .containsEntry("nato", "kA").containsEntry("di", "k0");
    }

    @Test
    void firstWordsOfSentencesAreNotCounted() {
        // "Hujan" opens the line, "Angin" follows a full stop, "Petir" a colon and a quote: none is counted
        Map<String, String> c = CasingClasses.classes(sentences(
                "Hujan turun . Angin kencang : \" Petir menyambar \" kata warga .",
                "ada hujan dan angin dan petir"), 1);
        assertThat(c).containsEntry("hujan", "k0").containsEntry("angin", "k0").containsEntry("petir", "k0");
    }

    @Test
    void wordsSeenFewerTimesThanTheMinimumAreLeftOut() {
        Map<String, String> c = CasingClasses.classes(sentences(
                "kami ke Surabaya lalu ke Malang lalu ke Surabaya lagi"), 2);
        assertThat(c).containsKeys("surabaya", "ke", "lalu").doesNotContainKeys("malang", "kami", "lagi");
        assertThatThrownBy(() -> CasingClasses.classes(List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minCount must be at least 1: 0");
    }

    @Test
    void theClassBoundaries() {
        assertThat(CasingClasses.classOf(96, 4, 0)).isEqualTo("k0");
        assertThat(CasingClasses.classOf(95, 5, 0)).isEqualTo("k1");
        assertThat(CasingClasses.classOf(70, 30, 0)).isEqualTo("k2");
        assertThat(CasingClasses.classOf(30, 70, 0)).isEqualTo("k3");
        assertThat(CasingClasses.classOf(5, 95, 0)).isEqualTo("k4");
        assertThat(CasingClasses.classOf(5, 95, 47)).isEqualTo("k4");
        assertThat(CasingClasses.classOf(5, 95, 48)).isEqualTo("kA");
        assertThat(CasingClasses.classOf(50, 50, 25)).isEqualTo("kA");
        assertThat(CasingClasses.classOf(51, 49, 49)).isEqualTo("k2");
    }

    @Test
    void theFileIsWhatTheClusterReaderReads(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/casing.txt");
        CasingClasses.write(Map.of("jakarta", "k4", "dan", "k0", "di samping", "k0"), out);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly("dan k0", "jakarta k4");
        assertThat(ClusterFeatures.read(List.of(out))).hasSize(1);
    }
}
