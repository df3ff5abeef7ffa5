package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UdReaderTest {

    private static String row(String id, String form, String misc) {
        return String.join("\t", id, form, "_", "_", "_", "_", "_", "_", "_", misc) + "\n";
    }

    @Test
    void readsTextAndSurfaceTokens(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.conllu");
        Files.writeString(f, "# sent_id = 1\n# text = Ia pulang ke rumahnya.\n"
                + row("1", "Ia", "_") + row("2", "pulang", "_") + row("3", "ke", "_")
                + row("4-5", "rumahnya", "SpaceAfter=No") + row("4", "rumah", "_") + row("5", "nya", "_")
                + row("6", ".", "_") + "\n");
        List<UdSentence> s = UdReader.read(f);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).text()).isEqualTo("Ia pulang ke rumahnya.");
        assertThat(s.get(0).tokens()).containsExactly("Ia", "pulang", "ke", "rumahnya", ".");
    }

    @Test
    void malformedLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.conllu");
        Files.writeString(f, "# text = Ia\n1\tIa\n\n");
        assertThatThrownBy(() -> UdReader.read(f)).hasMessageContaining("bad.conllu, line 2");
    }
}
