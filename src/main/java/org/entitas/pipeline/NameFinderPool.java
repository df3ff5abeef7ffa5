package org.entitas.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.DoubleUnaryOperator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.entitas.model.Calibration;
import org.entitas.model.Models;

/**
 * A name finder model run beside a {@link Pipeline}'s own, on the tokens that pipeline cut: a custom model's
 * types added to the bundled ones.
 *
 * <p>Thread-safe: the model is loaded once; each call borrows a name finder of its own (or makes one), clears
 * its adaptive data at the end of the document and gives it back.
 */
final class NameFinderPool {

    private final TokenNameFinderModel model;
    private final DoubleUnaryOperator confidence;
    private final Set<String> labels;
    private final ConcurrentLinkedDeque<NameFinderME> idle = new ConcurrentLinkedDeque<>();

    private NameFinderPool(TokenNameFinderModel model) {
        this.model = model;
        this.confidence = Calibration.of(model);
        this.labels = Pipeline.labelsOf(model);
    }

    /**
     * Loads the name finder model in {@code file} (trained by {@code entitas train ner}, on any labels).
     *
     * @throws org.entitas.model.InvalidModelException if the file is missing or not a name finder model
     * @throws IOException if the file cannot be read
     */
    public static NameFinderPool load(Path file) throws IOException {
        return new NameFinderPool(Models.nameFinder(file));
    }

    /** The labels of the names the model can return ({@code PRODUCT}, {@code PER}, ...). */
    public Set<String> labels() {
        return labels;
    }

    /**
     * Finds the names of a document given as its sentences' tokens; a name's sentence index is the position
     * of its sentence in {@code sentences}. With {@code trim}, a name loses its leading and trailing tokens of
     * symbols only and is dropped if no letter is left, as the pipeline does with its own names of a text.
     */
    public List<Engine.Name> find(List<String[]> sentences, boolean trim) {
        requireNonNull(sentences, "sentences must not be null");
        NameFinderME finder = idle.poll();
        if (finder == null) {
            finder = new NameFinderME(model);
        }
        List<Engine.Name> out = new ArrayList<>();
        try {
            for (int s = 0; s < sentences.size(); s++) {
                String[] tokens = sentences.get(s);
                if (tokens.length == 0) {
                    continue;
                }
                Span[] found = finder.find(tokens);
                double[] probs = finder.probs(found);
                for (int i = 0; i < found.length; i++) {
                    double p = Math.max(0, Math.min(1, confidence.applyAsDouble(probs[i])));
                    Engine.Name name = new Engine.Name(found[i].getType(), s, found[i].getStart(),
                            found[i].getEnd(), p);
                    if (!trim) {
                        out.add(name);
                    } else {
                        Annotator.trimmed(tokens, name).ifPresent(out::add);
                    }
                }
            }
        } finally {
            finder.clearAdaptiveData();
            idle.push(finder);
        }
        return out;
    }
}
