package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.entitas.EntityExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameClassesTest {

    private static Map<String, int[]> seen(Object... typeAndCount) {
        Map<String, int[]> m = new TreeMap<>();
        for (int i = 0; i < typeAndCount.length; i += 2) {
            m.put((String) typeAndCount[i], new int[] {(Integer) typeAndCount[i + 1]});
        }
        return m;
    }

    @Test
    void theClassIsTheCommonestTypeAndTheShareInsideNames() {
        assertThat(NameClasses.classOf(seen("", 96, "LOC", 4), 3)).isEqualTo("sO");
        assertThat(NameClasses.classOf(seen("", 95, "PER", 5), 3)).isEqualTo("sPER1");
        assertThat(NameClasses.classOf(seen("", 71, "ORG", 19, "PER", 10), 3)).isEqualTo("sORG1");
        assertThat(NameClasses.classOf(seen("", 69, "ORG", 21, "PER", 10), 3)).isEqualTo("sORG2");
        assertThat(NameClasses.classOf(seen("", 4, "LOC", 6), 3)).isEqualTo("sLOC3");
        assertThat(NameClasses.classOf(seen("", 1, "PER", 9), 3)).isEqualTo("sPER4");
        assertThat(NameClasses.classOf(seen("PER", 3), 3)).isEqualTo("sPER4");
        // equal counts: the first type in alphabetical order
        assertThat(NameClasses.classOf(seen("ORG", 2, "LOC", 2), 3)).isEqualTo("sLOC4");
        // seen fewer than minCount times: no class
        assertThat(NameClasses.classOf(seen("", 1, "PER", 1), 3)).isNull();
    }

    @Test
    void theWordsOfTaggedTextGetTheirClassesLowerCased(@TempDir Path dir) throws IOException {
        String line = "Presiden Joko Widodo tiba di Surabaya pagi ini.\n";
        Path plain = Files.writeString(dir.resolve("news.txt"), line + "\n" + line);
        Path gz = dir.resolve("more.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(line.toUpperCase(Locale.ROOT).replace("JOKO", "Joko").getBytes(StandardCharsets.UTF_8));
        }
        NameClasses.Result r = NameClasses.classes(EntityExtractor.indonesian(), List.of(plain, gz), 2);
        assertThat(r.texts()).isEqualTo(3);
        assertThat(r.sentences()).isEqualTo(3);
        assertThat(r.tokens()).isEqualTo(27);
        assertThat(r.classes()).containsEntry("joko", "sPER4").containsEntry("surabaya", "sLOC4")
                .containsEntry("di", "sO").containsEntry("pagi", "sO").doesNotContainKey("Joko");
        Path out = dir.resolve("classes.txt");
        NameClasses.write(r.classes(), out);
        assertThat(Files.readAllLines(out)).contains("joko sPER4", "di sO").isSorted();
        assertThatThrownBy(() -> NameClasses.classes(EntityExtractor.indonesian(), List.of(dir.resolve("no.txt")), 3))
                .isInstanceOf(IOException.class).hasMessageContaining("no.txt");
        Path bad = Files.write(dir.resolve("bad.txt"), ("Warga berkumpul.\n" + "x".repeat(20_000) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(bad, new byte[] {(byte) 0xff, '\n'}, StandardOpenOption.APPEND);
        assertThatThrownBy(() -> NameClasses.classes(EntityExtractor.indonesian(), List.of(bad), 1))
                .isInstanceOf(IOException.class).hasMessageStartingWith(bad + ": not valid UTF-8 at or after line ");
        assertThatThrownBy(() -> NameClasses.classes(EntityExtractor.indonesian(), List.of(plain), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minCount");
    }
}
