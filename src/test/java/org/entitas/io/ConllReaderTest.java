package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {

    private static List<ConllDocument> read(String text, boolean tags) throws IOException {
        List<ConllDocument> out = new ArrayList<>();
        try (ConllReader r = new ConllReader(new StringReader(text), "in.conll", tags)) {
            for (Optional<ConllDocument> d = r.next(); d.isPresent(); d = r.next()) {
                out.add(d.get());
            }
        }
        return out;
    }

    @Test
    void readsDocumentsSentencesTokensAndTags() throws IOException {
        String text = "-DOCSTART- O\n\nJoko\tB-PER\nWidodo\tI-PER\ntiba\tO\n\nIa\tO\n\n-DOCSTART- O\n\nMedan\tX\tB-LOC\n";
        List<ConllDocument> docs = read(text, true);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).sentences()).hasSize(2);
        assertThat(docs.get(0).sentences().get(0).tags()).containsExactly("B-PER", "I-PER", "O");
        assertThat(docs.get(1).sentences().get(0).tokens()).containsExactly("Medan");
        assertThat(docs.get(1).sentences().get(0).tags()).containsExactly("B-LOC");
        assertThat(docs.get(1).id()).isEqualTo("in.conll#2");
    }

    @Test
    void readsTokensOnlyWithoutTags() throws IOException {
        List<ConllDocument> docs = read("Joko\nWidodo\n\nIa\n", false);
        assertThat(docs.get(0).tokens()).containsExactly(List.of("Joko", "Widodo"), List.of("Ia"));
        assertThat(docs.get(0).sentences().get(0).tags()).isEmpty();
    }

    @Test
    void danglingInsideTagStartsAnEntity() throws IOException {
        List<ConllDocument> docs = read("di\tO\nMedan\tI-LOC\nBudi\tI-PER\n", true);
        assertThat(docs.get(0).sentences().get(0).tags()).containsExactly("O", "B-LOC", "B-PER");
    }

    @Test
    void badLinesNameTheSourceAndLine() {
        assertThatThrownBy(() -> read("Joko\tB-PER\nWidodo\n", true)).isInstanceOf(IOException.class)
                .hasMessageContaining("in.conll, line 2");
        assertThatThrownBy(() -> read("Joko\tB-PER\n\nWidodo\tPERSON\n", true))
                .hasMessageContaining("in.conll, line 3").hasMessageContaining("'PERSON'");
    }

    @Test
    void tabSeparatedTokensMayHoldSpacesAndCarryNoTags(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("nerp.tsv"),
                "-DOCSTART-\tO\n\ndi samping itu\tO\nJoko Widodo\tB-PER\tx\n\nlalu\n");
        List<ConllDocument> docs = ConllReader.readTabSeparatedTokens(file);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.tokens()).containsExactly(List.of("di samping itu", "Joko Widodo"), List.of("lalu"));
            assertThat(d.tags()).containsExactly(List.of(), List.of());
        });
        assertThat(ConllReader.readAll(file, false).get(0).tokens().get(0)).containsExactly("di", "Joko");
    }
}
