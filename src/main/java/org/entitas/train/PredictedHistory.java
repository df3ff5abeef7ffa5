package org.entitas.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.AbstractEventStream;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TrainingParameters;

/**
 * An experiment (models/README.md rows 90 to 92), switched on by system properties: training on the history
 * the tagger will see. A greedy name finder reads the outcomes it chose for the previous tokens (OpenNLP's
 * {@code po=}, {@code ppo=}, {@code pow=}, {@code powf=} features, and the document's earlier outcomes for the
 * same word, {@code pd=}), but a model trained on the gold outcomes has never seen its own mistakes there.
 * Here each training sentence is first tagged by a model trained without it (the sentences cut into folds,
 * each fold tagged by a model of the others), and the training events then pair each gold outcome with the
 * context built from those predicted outcomes (stacking). {@code entitas.history.folds=N} turns it on;
 * {@code entitas.history.goldMemory=true} keeps the document memory on the gold outcomes;
 * {@code entitas.history.oracle=true} learns a gold continuation after a predicted outcome it cannot follow as
 * a start.
 */
final class PredictedHistory {

    private PredictedHistory() {
    }

    /**
     * The outcomes each sample's sentence gets from a model trained on the other folds, keyed by the sentence's
     * tokens (a sentence that occurs twice keeps the outcomes of its last fold). Samples are put in folds by
     * their position among the first {@code originals} samples; a sample past them (a case copy of sample
     * {@code i % originals}) goes with its original, so that no copy of a sentence teaches the model that tags
     * it.
     */
    static Map<List<String>, String[]> jackknife(List<NameSample> samples, int originals, int folds,
            TrainingParameters params, TokenNameFinderFactory factory) throws IOException {
        Map<List<String>, String[]> out = new HashMap<>();
        for (int f = 0; f < folds; f++) {
            List<NameSample> train = new ArrayList<>();
            List<NameSample> held = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                ((i % originals) % folds == f ? held : train).add(samples.get(i));
            }
            MaxentModel model = TrainerFactory.getEventTrainer(params, new HashMap<>()).train(
                    new NameFinderEventStream(new CollectionObjectStream<>(train), null,
                            factory.createContextGenerator(), factory.createSequenceCodec()));
            NameContextGenerator cg = factory.createContextGenerator();
            SequenceValidator<String> validator = factory.createSequenceCodec().createSequenceValidator();
            boolean first = true;
            for (NameSample s : held) {
                if (first || s.isClearAdaptiveDataSet()) {
                    cg.clearAdaptiveData();
                }
                first = false;
                out.put(List.of(s.getSentence()), greedy(model, cg, validator, s.getSentence()));
            }
        }
        return out;
    }

    /** The outcomes a greedy search chooses, as {@code GreedySearch} does; the generator's memory updated. */
    static String[] greedy(MaxentModel model, NameContextGenerator cg, SequenceValidator<String> validator,
            String[] tokens) {
        String[] outcomes = new String[tokens.length];
        double[] scores = new double[model.getNumOutcomes()];
        for (int i = 0; i < tokens.length; i++) {
            String[] before = Arrays.copyOf(outcomes, i);
            scores = model.eval(cg.getContext(i, tokens, before, null), scores);
            int chosen = -1;
            for (int p = 0; p < scores.length; p++) {
                if ((chosen < 0 || scores[p] > scores[chosen])
                        && validator.validSequence(i, tokens, before, model.getOutcome(p))) {
                    chosen = p;
                }
            }
            outcomes[i] = model.getOutcome(chosen);
        }
        cg.updateAdaptiveData(tokens, outcomes);
        return outcomes;
    }

    /** Events whose outcomes are the gold ones and whose contexts read the predicted history. */
    static final class EventStream extends AbstractEventStream<NameSample> {
        private final NameContextGenerator cg;
        private final SequenceCodec<String> codec;
        private final Map<List<String>, String[]> predicted;

        EventStream(ObjectStream<NameSample> samples, NameContextGenerator cg, SequenceCodec<String> codec,
                Map<List<String>, String[]> predicted) {
            super(samples);
            this.cg = cg;
            this.codec = codec;
            this.predicted = predicted;
        }

        @Override
        protected Iterator<Event> createEvents(NameSample sample) {
            if (sample.isClearAdaptiveDataSet()) {
                cg.clearAdaptiveData();
            }
            String[] tokens = sample.getSentence();
            String[] gold = codec.encode(sample.getNames(), tokens.length);
            String[] history = predicted.get(List.of(tokens));
            if (history == null) {
                throw new IllegalStateException("no predicted history for a training sentence");
            }
            List<Event> events = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                String outcome = gold[i];
                if (Boolean.getBoolean("entitas.history.oracle") && outcome.endsWith("-cont")) {
                    String type = outcome.substring(0, outcome.length() - "-cont".length());
                    if (i == 0 || !(history[i - 1].equals(type + "-start") || history[i - 1].equals(outcome))) {
                        outcome = type + "-start";
                    }
                }
                events.add(new Event(outcome, cg.getContext(i, tokens, Arrays.copyOf(history, i), null)));
            }
            cg.updateAdaptiveData(tokens, Boolean.getBoolean("entitas.history.goldMemory") ? gold : history);
            return events.iterator();
        }
    }
}
