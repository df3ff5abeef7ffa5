package org.entitas.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.entitas.model.Models;

/** Lets benchmarks outside this package see the bundled pipeline's sentences and tokens, and its annotators. */
public final class PipelineAccess {

    private static final Pipeline BUNDLED = Pipeline.bundled();

    private PipelineAccess() {
    }

    /** The sentences of a text, each a list of {start, end} token offsets. */
    public static List<List<int[]>> segment(String text) {
        List<List<int[]>> out = new ArrayList<>();
        for (Engine.Segment s : BUNDLED.segment(text)) {
            List<int[]> tokens = new ArrayList<>();
            for (int t = 0; t < s.size(); t++) {
                tokens.add(new int[] {s.tokenStart(t), s.tokenEnd(t)});
            }
            out.add(tokens);
        }
        return out;
    }

    /** The bundled models, loaded on first use. */
    private static final class Bundled {
        static final Models MODELS = Models.bundled();
    }

    /**
     * A new annotator over the bundled models, as a function from text to its annotation: it has remembered
     * nothing yet (its tokenizer's word cuts are all to compute), as on text never seen. Not thread-safe.
     */
    public static Function<String, Engine.Annotation> newAnnotator() {
        Annotator annotator = new Annotator(Bundled.MODELS, Bundled.MODELS.confidence());
        return text -> annotator.annotate(text, true);
    }
}
