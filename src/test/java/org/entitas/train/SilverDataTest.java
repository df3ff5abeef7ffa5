package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.Sentence;
import org.entitas.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SilverDataTest {

    // "Budi Santoso tiba di Medan ." with its offsets
    private static final Sentence SENTENCE = new Sentence(0, 28, List.of(new Token("Budi", 0, 4),
            new Token("Santoso", 5, 12), new Token("tiba", 13, 17), new Token("di", 18, 20), new Token("Medan", 21, 26),
            new Token(".", 27, 28)));

    @Test
    void aSentenceWhoseNamesAreAllConfidentIsTaggedInIob() {
        List<Mention> mentions = List.of(new Mention(EntityType.PERSON, "Budi Santoso", 0, 12, 0.95, 0),
                new Mention(EntityType.LOCATION, "Medan", 21, 26, 0.91, 0));
        assertThat(SilverData.tags(SENTENCE, mentions, 0, 0.9)).containsExactly("B-PER", "I-PER", "O", "O", "B-LOC", "O");
    }

    @Test
    void aSentenceWithAnUnsureNameOrNoNameOrANameAcrossATokenIsLeftOut() {
        Mention unsure = new Mention(EntityType.LOCATION, "Medan", 21, 26, 0.5, 0);
        Mention sure = new Mention(EntityType.PERSON, "Budi Santoso", 0, 12, 0.95, 0);
        assertThat(SilverData.tags(SENTENCE, List.of(sure, unsure), 0, 0.9)).isEmpty();
        assertThat(SilverData.tags(SENTENCE, List.of(), 0, 0.9)).isEmpty();
        // a mention of another sentence does not count
        assertThat(SilverData.tags(SENTENCE, List.of(new Mention(EntityType.PERSON, "Budi", 0, 4, 0.99, 1)), 0, 0.9))
                .isEmpty();
        assertThat(SilverData.tags(SENTENCE, List.of(new Mention(EntityType.PERSON, "udi", 1, 4, 0.99, 0)), 0, 0.9))
                .isEmpty();
    }

    @Test
    void writesKeptSentencesAsConllDocumentsUpToTheLimit(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("news.txt"),
                "Presiden Joko Widodo tiba di Surabaya.\n\nWarga berkumpul di alun-alun.\n");
        StringWriter out = new StringWriter();
        SilverData.Counts c = SilverData.write(EntityExtractor.indonesian(), List.of(text), 0.0, 5, out);
        assertThat(c.texts()).isEqualTo(2);
        assertThat(c.sentences()).isEqualTo(2);
        assertThat(c.kept()).isEqualTo(1);
        assertThat(out.toString()).startsWith("-DOCSTART-\tnews.txt:1\n\nPresiden\t").contains("Joko\tB-PER\n")
                .contains("Surabaya\tB-LOC\n").doesNotContain("Warga");
        assertThatThrownBy(() -> SilverData.write(EntityExtractor.indonesian(), List.of(dir.resolve("no.txt")), 0.9, 5,
                new StringWriter())).isInstanceOf(IOException.class).hasMessageContaining("no.txt");
    }
}
