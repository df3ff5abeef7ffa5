package org.entitas.pipeline;

import java.util.Arrays;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The search of a name finder whose beam holds one sequence: at each token, the most probable outcome that
 * the validator allows. It chooses what OpenNLP's {@link BeamSearch} of size 1 chooses, with the same
 * probabilities, without that class's work for wider beams: a sorted copy of the scores and a copy of the
 * sequence so far for every token.
 *
 * <p>Thread-safe when the classifier is: it keeps no state between calls.
 */
final class GreedySearch implements SequenceClassificationModel {

    private final MaxentModel model;

    GreedySearch(MaxentModel model) {
        this.model = model;
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        Object[] context = additionalContext == null ? new Object[0] : additionalContext;
        int n = sequence.length;
        String[] outcomes = new String[n];
        double[] scores = new double[model.getNumOutcomes()];
        Sequence best = new Sequence();
        for (int i = 0; i < n; i++) {
            // the context generator and the validator read the length of the outcomes array as the position
            String[] before = Arrays.copyOf(outcomes, i);
            model.eval(cg.getContext(i, sequence, before, context), scores);
            int chosen = -1;
            for (int p = 0; p < scores.length; p++) {
                if ((chosen < 0 || scores[p] > scores[chosen])
                        && validator.validSequence(i, sequence, before, model.getOutcome(p))) {
                    chosen = p;
                }
            }
            if (chosen < 0) {
                throw new IllegalStateException("no outcome is valid at token " + i + " of " + n);
            }
            outcomes[i] = model.getOutcome(chosen);
            best.add(outcomes[i], scores[chosen]);
        }
        return best;
    }

    /** Only the best sequence exists under a greedy search: one sequence whatever the number asked. */
    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return new Sequence[] {bestSequence(sequence, additionalContext, cg, validator)};
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return new Sequence[] {bestSequence(sequence, additionalContext, cg, validator)};
    }

    @Override
    public String[] getOutcomes() {
        String[] out = new String[model.getNumOutcomes()];
        for (int i = 0; i < out.length; i++) {
            out[i] = model.getOutcome(i);
        }
        return out;
    }
}
