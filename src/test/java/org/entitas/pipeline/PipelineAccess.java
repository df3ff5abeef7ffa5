package org.entitas.pipeline;

import java.util.List;

/** Lets benchmarks outside this package see the bundled pipeline's sentences and tokens. */
public final class PipelineAccess {

    private static final Pipeline BUNDLED = Pipeline.bundled();

    private PipelineAccess() {
    }

    /** The sentences of a text, each a list of {start, end} token offsets. */
    public static List<List<int[]>> segment(String text) {
        return BUNDLED.segment(text).stream()
                .map(s -> s.stream().map(r -> new int[] {r.start(), r.end()}).toList()).toList();
    }
}
