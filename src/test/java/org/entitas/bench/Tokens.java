package org.entitas.bench;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.entitas.Mention;
import org.entitas.pipeline.PipelineAccess;

/** How the benchmark gets the pipeline's own sentences and tokens, and maps mentions onto them. */
final class Tokens {

    private Tokens() {
    }

    static List<List<int[]>> of(String text) {
        return PipelineAccess.segment(text);
    }

    static Span[] spans(List<int[]> sentence, List<Mention> mentions) {
        List<Span> out = new ArrayList<>();
        for (Mention m : mentions) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < sentence.size(); i++) {
                if (sentence.get(i)[0] == m.start()) {
                    first = i;
                }
                if (sentence.get(i)[1] == m.end()) {
                    last = i;
                }
            }
            if (first >= 0 && last >= first) {
                out.add(new Span(first, last + 1, m.type().label()));
            }
        }
        return out.toArray(new Span[0]);
    }
}
