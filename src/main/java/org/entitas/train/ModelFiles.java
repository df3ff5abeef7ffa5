package org.entitas.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.model.BaseModel;
import org.entitas.eval.Score;
import org.entitas.lexicon.WordList;

/**
 * What the trainers share: explicit training parameters, the abbreviations, writing a model, scoring spans.
 * Stateless and thread-safe.
 */
final class ModelFiles {

    private ModelFiles() {
    }

    /** Parameters with every value set, so that no OpenNLP fallback applies. */
    static TrainingParameters params(Algorithm algorithm, int iterations, int cutoff) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm.label());
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return params;
    }

    /**
     * The bundled abbreviations ({@link WordList#ABBREVIATIONS}) as the case-sensitive dictionary that the
     * sentence detector and the tokenizer are trained with.
     */
    static Dictionary abbreviations() {
        Dictionary d = new Dictionary(true);
        for (String a : WordList.ABBREVIATIONS.entries()) {
            d.put(new StringList(a));
        }
        return d;
    }

    /** Writes a model, creating its directory if needed. */
    static void write(BaseModel model, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
    }

    /** Exact-match counts of predicted spans against expected ones (types ignored). */
    static Score score(Span[] expected, Span[] actual) {
        Set<List<Integer>> gold = new HashSet<>();
        for (Span e : expected) {
            gold.add(List.of(e.getStart(), e.getEnd()));
        }
        long tp = 0;
        for (Span a : actual) {
            if (gold.contains(List.of(a.getStart(), a.getEnd()))) {
                tp++;
            }
        }
        return new Score(tp, actual.length, expected.length);
    }
}
