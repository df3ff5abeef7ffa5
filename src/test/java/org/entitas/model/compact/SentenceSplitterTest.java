package org.entitas.model.compact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The splitter cuts where OpenNLP's sentence detector cuts, with the same probabilities. */
class SentenceSplitterTest {

    static SentenceModel model;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = TestCorpusText.bundledModel("id-sent.bin")) {
            model = new SentenceModel(in);
        }
    }

    private static void assertSameCuts(List<String> texts) {
        SentenceDetectorME expected = new SentenceDetectorME(model);
        SentenceSplitter actual = new SentenceSplitter(model);
        for (String text : texts) {
            assertThat(actual.sentPosDetect(text)).as(text).containsExactly(expected.sentPosDetect(text));
            assertThat(actual.probs()).as(text).containsExactly(expected.probs());
        }
    }

    @Test
    void theBundledModelHasCaseSensitiveAbbreviations() {
        assertThat(model.getAbbreviations()).isNotNull();
        assertThat(model.getAbbreviations().isCaseSensitive()).isTrue();
        assertThat(model.getAbbreviations().size()).isGreaterThan(50);
    }

    @Test
    void sameCutsOnTheTestCorpus() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path f : TestCorpusText.files()) {
            texts.add(Files.readString(f));
            texts.addAll(TestCorpusText.lines(f));
        }
        assertThat(texts).hasSizeGreaterThan(300);
        assertSameCuts(texts);
    }

    /** Sentences built from the model's own abbreviations next to spaces, brackets, quotes and letters. */
    @Test
    void sameCutsAroundEveryAbbreviation() {
        List<String> abbreviations = new ArrayList<>();
        for (StringList entry : model.getAbbreviations()) {
            abbreviations.add(entry.getToken(0));
        }
        String[] before = {" ", "(", "'", "`", "x", "", "\n", "Rapat. "};
        String[] after = {" Ia datang.", ". Ia datang.", " ia pergi. Lalu", "", " 2024. Kemudian", "Budi. Lalu"};
        List<String> texts = new ArrayList<>();
        for (String abbreviation : abbreviations) {
            for (String b : before) {
                for (String a : after) {
                    texts.add("Kami bertemu" + b + abbreviation + a);
                    texts.add(b + abbreviation + a);
                }
            }
        }
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 4 + random.nextInt(30); w++) {
                int kind = random.nextInt(6);
                text.append(kind == 0 ? abbreviations.get(random.nextInt(abbreviations.size()))
                        : kind == 1 ? "Jakarta." : kind == 2 ? "(" : kind == 3 ? "kata" : kind == 4 ? "Dia?" : "itu!");
                text.append(random.nextInt(4) == 0 ? "" : " ");
            }
            texts.add(text.toString());
        }
        assertSameCuts(texts);
        assertSameAnswers(texts);
    }

    /** OpenNLP's check, callable from here. */
    private static final class OpenNlpCheck extends SentenceDetectorME {
        OpenNlpCheck(SentenceModel model) {
            super(model);
        }

        boolean acceptable(String s, int fromIndex, int candidateIndex) {
            return isAcceptableBreak(s, fromIndex, candidateIndex);
        }
    }

    /** Both checks asked directly, for every start and every sentence-ending character after it. */
    private static void assertSameAnswers(List<String> texts) {
        OpenNlpCheck expected = new OpenNlpCheck(model);
        SentenceSplitter actual = new SentenceSplitter(model);
        int asked = 0;
        int refused = 0;
        for (String text : texts) {
            for (int candidate = 0; candidate < text.length(); candidate++) {
                if (".?!".indexOf(text.charAt(candidate)) < 0) {
                    continue;
                }
                for (int from = 0; from <= candidate; from++) {
                    boolean answer = expected.acceptable(text, from, candidate);
                    assertThat(actual.isAcceptableBreak(text, from, candidate))
                            .as("%s [%d, %d]", text, from, candidate).isEqualTo(answer);
                    asked++;
                    refused += answer ? 0 : 1;
                }
            }
        }
        assertThat(asked).isGreaterThan(100_000);
        assertThat(refused).isGreaterThan(1_000);
    }
}
