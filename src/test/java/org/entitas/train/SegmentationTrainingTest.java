package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entitas.eval.Score;
import org.entitas.io.UdSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a tiny sentence detector and tokenizer and scores them on their own data. */
class SegmentationTrainingTest {

    private static List<UdSentence> sentences() {
        String[] names = {"Budi", "Siti", "Agus", "Dewi", "Rudi", "Rina", "Joko", "Ani"};
        String[] places = {"Bandung", "Medan", "Padang", "Bogor"};
        List<UdSentence> out = new ArrayList<>();
        for (String n : names) {
            for (String p : places) {
                out.add(new UdSentence(n + " pergi ke " + p + ", katanya.", List.of(n, "pergi", "ke", p, ",",
                        "katanya", ".")));
                out.add(new UdSentence("\"Saya senang di " + p + "!\"", List.of("\"", "Saya", "senang", "di", p, "!",
                        "\"")));
                out.add(new UdSentence("Harga naik 2.5 persen di " + p + ".", List.of("Harga", "naik", "2.5", "persen",
                        "di", p, ".")));
            }
        }
        return out;
    }

    @Test
    void tokenizerLearnsToSplitPunctuation(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("token.bin");
        TokenTraining.train(sentences(), 50, 1, model);
        Score s = TokenTraining.evaluate(model, sentences());
        assertThat(s.gold()).isEqualTo(64 * 7 + 32 * 7);
        assertThat(s.f1()).isGreaterThan(0.95);
    }

    @Test
    void sentenceDetectorLearnsBoundaries(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("sent.bin");
        SentenceTraining.train(sentences(), 50, 1, model);
        Score s = SentenceTraining.evaluate(model, sentences());
        assertThat(s.gold()).isEqualTo(96);
        assertThat(s.f1()).isGreaterThan(0.9);
    }
}
