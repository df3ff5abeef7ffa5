package org.entitas.train;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Feature augmentation by corpus, for training on several corpora that annotate in ways of their own: each
 * feature of a training sentence is also emitted as a copy private to the sentence's corpus, so that what only
 * one corpus does is learned by its private copies and the shared features keep what the corpora agree on.
 * After training the private copies are dropped ({@link #shared}): the model a user runs has the shared
 * weights alone. Not thread-safe: one training run, one thread.
 */
final class CorpusCopies implements NameContextGenerator {

    /** Starts every private copy; no feature of the project's generators starts so. */
    static final String PREFIX = "corpus\u0001";

    private final NameContextGenerator shared;
    private String prefix;

    CorpusCopies(NameContextGenerator shared) {
        this.shared = requireNonNull(shared, "shared must not be null");
    }

    /**
     * The samples as a stream that switches this generator to each sample's corpus as the sample is read, for
     * an event stream that makes a sample's events as soon as it reads it (OpenNLP's).
     *
     * @param corpusOf the corpus number of each sample, as long as {@code samples}
     */
    ObjectStream<NameSample> stream(List<NameSample> samples, int[] corpusOf) {
        if (corpusOf.length != samples.size()) {
            throw new IllegalArgumentException(corpusOf.length + " corpus numbers for " + samples.size() + " samples");
        }
        return new ObjectStream<>() {
            private int next;

            @Override
            public NameSample read() {
                if (next == samples.size()) {
                    prefix = null;
                    return null;
                }
                prefix = PREFIX + corpusOf[next] + "=";
                return samples.get(next++);
            }

            @Override
            public void reset() {
                next = 0;
            }
        };
    }

    @Override
    public String[] getContext(int index, String[] tokens, String[] priorDecisions, Object[] additionalContext) {
        String[] features = shared.getContext(index, tokens, priorDecisions, additionalContext);
        if (prefix == null) {
            return features;
        }
        String[] out = new String[features.length * 2];
        System.arraycopy(features, 0, out, 0, features.length);
        for (int i = 0; i < features.length; i++) {
            out[features.length + i] = prefix + features[i];
        }
        return out;
    }

    @Override
    public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
        shared.addFeatureGenerator(generator);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        shared.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        shared.clearAdaptiveData();
    }

    /**
     * The perceptron without its private copies: the shared features' weights, unchanged.
     *
     * @throws IllegalArgumentException if the model is not a perceptron
     */
    static MaxentModel shared(MaxentModel trained) {
        if (!(trained instanceof PerceptronModel p)) {
            throw new IllegalArgumentException("corpus copies need the perceptron, not " + trained.getClass().getSimpleName());
        }
        Object[] data = p.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        List<String> names = new ArrayList<>();
        List<Context> params = new ArrayList<>();
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            if (!e.getKey().startsWith(PREFIX)) {
                names.add(e.getKey());
                params.add(e.getValue());
            }
        }
        return new PerceptronModel(params.toArray(new Context[0]), names.toArray(new String[0]), outcomes);
    }
}
