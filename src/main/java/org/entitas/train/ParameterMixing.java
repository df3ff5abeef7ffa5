package org.entitas.train;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameSample;
import org.entitas.model.ModelWeights;

/**
 * Perceptrons trained on the same sentences in different orders, their weights averaged into one model. A
 * perceptron's weights depend on the order it meets the sentences in (on the four dev splits, two orders of
 * the same training data differ by 0.3 points of mean F1 and up to 0.9 on one corpus); the mean of several
 * depends less on any one order. A weight a single perceptron would leave at zero is often small but not zero
 * in the mean, so the mean's weights under {@link #SMALLEST_WEIGHT} are dropped, and with them the features
 * left without a weight: the mixed model keeps about the size of one perceptron (the bundled one has fewer
 * weights than a single perceptron of the same recipe). Stateless and thread-safe.
 */
final class ParameterMixing {

    /**
     * The smallest weight kept in a mixed model: half of one perceptron update (OpenNLP's perceptron adds 1 to
     * a weight per update, and averages over its iterations). With five orders (models/README.md row 72)
     * dropping the smaller weights changed no dev score by more than 0.1 and left 342,271 of 636,781 weights.
     */
    static final double SMALLEST_WEIGHT = 0.5;

    private ParameterMixing() {
    }

    /**
     * The samples in the order the {@code i}-th perceptron of a recipe is trained on: with seed 0, the first
     * as given and the others {@link #shuffledWithinDocuments shuffled within documents} with seed {@code i};
     * with another seed, every one shuffled with a seed of its own ({@code 1000 * seed + i}).
     */
    static List<NameSample> order(List<NameSample> samples, int i, long seed) {
        if (seed == 0) {
            return i == 0 ? samples : shuffledWithinDocuments(samples, i);
        }
        return shuffledWithinDocuments(samples, 1000 * seed + i);
    }

    /**
     * The samples with the sentences of each document shuffled; the documents (a sample that clears adaptive
     * data starts one) stay in their order, and each document's new first sentence is the one that clears.
     * The same seed gives the same order.
     */
    static List<NameSample> shuffledWithinDocuments(List<NameSample> samples, long seed) {
        Random random = new Random(seed);
        List<NameSample> out = new ArrayList<>(samples.size());
        int start = 0;
        for (int i = 1; i <= samples.size(); i++) {
            if (i == samples.size() || samples.get(i).isClearAdaptiveDataSet()) {
                List<NameSample> document = new ArrayList<>(samples.subList(start, i));
                Collections.shuffle(document, random);
                for (int j = 0; j < document.size(); j++) {
                    NameSample s = document.get(j);
                    out.add(new NameSample(s.getId(), s.getSentence(), s.getNames(), s.getAdditionalContext(),
                            j == 0 && samples.get(start).isClearAdaptiveDataSet()));
                }
                start = i;
            }
        }
        return out;
    }

    /**
     * The perceptron whose weight for each feature and outcome is the mean of the models' (0 where a model
     * lacks the feature), without the weights smaller than {@code smallest} in absolute value and the
     * features left without a weight; the outcomes in the first model's order.
     *
     * @throws IllegalArgumentException if there is no model, one is not a perceptron, or their outcomes differ
     */
    static MaxentModel mean(List<MaxentModel> models, double smallest) {
        checkArgument(!models.isEmpty(), "no model to mix");
        String[] outcomes = null;
        Map<String, Integer> index = new HashMap<>();
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (MaxentModel m : models) {
            checkArgument(m instanceof PerceptronModel, "only perceptrons are mixed, not %s",
                    m.getClass().getSimpleName());
            Map<String, Context> features = ModelWeights.features((PerceptronModel) m);
            String[] own = ModelWeights.outcomes((PerceptronModel) m);
            if (outcomes == null) {
                outcomes = own.clone();
                for (int o = 0; o < outcomes.length; o++) {
                    index.put(outcomes[o], o);
                }
            }
            checkArgument(own.length == outcomes.length && index.keySet().containsAll(List.of(own)),
                    "models with other outcomes: %s and %s", List.of(outcomes), List.of(own));
            int[] to = new int[own.length];
            for (int o = 0; o < own.length; o++) {
                to[o] = index.get(own[o]);
            }
            int size = outcomes.length;
            for (Map.Entry<String, Context> e : features.entrySet()) {
                double[] w = sums.computeIfAbsent(e.getKey(), k -> new double[size]);
                int[] os = e.getValue().getOutcomes();
                double[] ps = e.getValue().getParameters();
                for (int i = 0; i < os.length; i++) {
                    w[to[os[i]]] += ps[i] / models.size();
                }
            }
        }
        List<String> names = new ArrayList<>();
        List<Context> params = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] w = e.getValue();
            int kept = 0;
            for (double x : w) {
                kept += Math.abs(x) >= smallest ? 1 : 0;
            }
            if (kept == 0) {
                continue;
            }
            int[] keptOutcomes = new int[kept];
            double[] keptWeights = new double[kept];
            for (int o = 0, k = 0; o < w.length; o++) {
                if (Math.abs(w[o]) >= smallest) {
                    keptOutcomes[k] = o;
                    keptWeights[k++] = w[o];
                }
            }
            names.add(e.getKey());
            params.add(new Context(keptOutcomes, keptWeights));
        }
        return new PerceptronModel(params.toArray(new Context[0]), names.toArray(new String[0]), outcomes);
    }
}
