package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.entitas.model.Models;
import org.entitas.model.compact.TestCorpusText;
import org.junit.jupiter.api.Test;

/**
 * The annotator's remembered word cuts give exactly what OpenNLP's tokenizer gives on whole sentences, except that no
 * cut falls inside a surrogate pair.
 */
class WordCutsTest {

    @Test
    void sameTokensAsTheTokenizerOnWholeSentencesTwice() throws Exception {
        Models models = Models.bundled();
        Annotator annotator = new Annotator(models, x -> x);
        TokenizerME tokenizer = new TokenizerME(models.token());
        List<String> lines = new ArrayList<>(List.of("KOMPAS.com - Presiden (ANTARA) tiba di Jl. Merdeka No. 5.",
                "Harga Rp10.000,- per kg; naik 3,5% (y-o-y)!", "\"Kami siap,\" ujar Dr. Budi, S.H., M.Si.",
                "a b  c\t\td \u00a0e\u2003f", "", "   ", "Emoji 😀😀 dan #tagar @akun"));
        lines.addAll(TestCorpusText.lines());
        for (int pass = 0; pass < 2; pass++) {
            for (String line : lines) {
                // the same, except that a cut inside a surrogate pair (an emoji) is moved before the pair
                Span[] expected = tokenizer.tokenizePos(line);
                for (int i = 0; i < expected.length; i++) {
                    int end = expected[i].getEnd();
                    if (end < line.length() && Character.isLowSurrogate(line.charAt(end))
                            && Character.isHighSurrogate(line.charAt(end - 1))) {
                        expected[i] = new Span(expected[i].getStart(), end - 1);
                        expected[i + 1] = new Span(end - 1, expected[i + 1].getEnd());
                    }
                }
                expected = Arrays.stream(expected).filter(t -> t.length() > 0).toArray(Span[]::new);
                assertThat(offsets(annotator.modelTokens(line))).as(line).isEqualTo(offsets(expected));
            }
        }
    }

    private static String offsets(Span[] spans) {
        return Arrays.stream(spans).map(s -> s.getStart() + "-" + s.getEnd()).toList().toString();
    }
}
