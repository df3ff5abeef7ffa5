package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceCaseFeatureGeneratorTest {

    private static List<String> features(String[] tokens, int index) {
        List<String> out = new ArrayList<>();
        new SentenceCaseFeatureGenerator().createFeatures(out, tokens, index, null);
        return out;
    }

    @Test
    void sentenceCaseWithTheShapesAroundTheToken() {
        String[] tokens = {"Presiden", "Joko", "ke", "PBB", "2024", ".", "X"};
        assertThat(features(tokens, 0)).containsExactly("sc=mixed", "sc=mixed,-1=BOS", "sc=mixed,0=Cap",
                "sc=mixed,1=Cap");
        assertThat(features(tokens, 2)).containsExactly("sc=mixed", "sc=mixed,-1=Cap", "sc=mixed,0=low",
                "sc=mixed,1=CAPS");
        assertThat(features(tokens, 4)).containsExactly("sc=mixed", "sc=mixed,-1=CAPS", "sc=mixed,0=num",
                "sc=mixed,1=other");
        // a single capital letter is Cap; the last token has EOS after it
        assertThat(features(tokens, 6)).containsExactly("sc=mixed", "sc=mixed,-1=other", "sc=mixed,0=Cap",
                "sc=mixed,1=EOS");
    }

    @Test
    void textWithoutCase() {
        assertThat(features(new String[] {"PRESIDEN", "JOKOWI"}, 1)).containsExactly("sc=upper", "sc=upper,-1=CAPS",
                "sc=upper,0=CAPS", "sc=upper,1=EOS");
        assertThat(features(new String[] {"presiden", "jokowi", "!"}, 0)).containsExactly("sc=lower",
                "sc=lower,-1=BOS", "sc=lower,0=low", "sc=lower,1=low");
    }

    @Test
    void aNewSentenceIsSeenByItsTokenArray() {
        SentenceCaseFeatureGenerator g = new SentenceCaseFeatureGenerator();
        List<String> out = new ArrayList<>();
        g.createFeatures(out, new String[] {"Jakarta", "hujan"}, 0, null);
        g.createFeatures(out, new String[] {"JAKARTA"}, 0, null);
        assertThat(out).containsExactly("sc=mixed", "sc=mixed,-1=BOS", "sc=mixed,0=Cap", "sc=mixed,1=low",
                "sc=upper", "sc=upper,-1=BOS", "sc=upper,0=CAPS", "sc=upper,1=EOS");
    }
}
