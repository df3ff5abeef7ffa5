package org.entitas.model.compact;

import java.util.Arrays;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The search of a name finder whose beam holds one sequence: at each token, the most probable outcome that
 * the validator allows. It makes the choices of OpenNLP's {@link BeamSearch} of size 1, ties and rounding
 * included, with the same probabilities, without that class's work for wider beams: a sorted copy of the
 * scores, and for every token a new sequence object holding copies of the outcome and boxed probability
 * lists so far.
 *
 * <p>Where {@link BeamSearch} finds no sequence (no allowed outcome keeps the sequence's log probability
 * above its minimum score; {@code NameFinderME} then fails with a {@code NullPointerException}), this class
 * throws an {@link IllegalStateException} that says so. Thread-safe when the classifier is: it keeps no
 * state between calls.
 */
final class GreedySearch implements SequenceClassificationModel {

    /** {@link BeamSearch}'s minimum sequence score for {@code bestSequence}. */
    private static final double MIN_SCORE = -100000;

    private final MaxentModel model;

    GreedySearch(MaxentModel model) {
        this.model = model;
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        return search(sequence, additionalContext, MIN_SCORE, cg, validator);
    }

    private <T> Sequence search(T[] sequence, Object[] additionalContext, double minScore,
            BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        Object[] context = additionalContext == null ? new Object[0] : additionalContext;
        int n = sequence.length;
        String[] outcomes = new String[n];
        double[] scores = new double[model.getNumOutcomes()];
        Sequence best = new Sequence();
        for (int i = 0; i < n; i++) {
            // the context generator and the validator read the length of the outcomes array as the position
            String[] before = Arrays.copyOf(outcomes, i);
            scores = model.eval(cg.getContext(i, sequence, before, context), scores);
            int chosen = firstAllowedOfTheMostProbable(sequence, i, before, validator, scores, best.getScore(),
                    minScore);
            if (chosen < 0) {
                chosen = bestAllowed(sequence, i, before, validator, scores, best.getScore(), minScore);
            }
            if (chosen < 0) {
                throw new IllegalStateException("no outcome is allowed at token " + i + " of " + n
                        + " with a sequence score above " + minScore);
            }
            outcomes[i] = model.getOutcome(chosen);
            best.add(outcomes[i], scores[chosen]);
        }
        return best;
    }

    /**
     * {@link BeamSearch}'s first pass with a beam of one: the outcomes as probable as the most probable one
     * that the validator allows all give the same sequence score, and the first of them is kept.
     */
    private <T> int firstAllowedOfTheMostProbable(T[] sequence, int i, String[] before,
            SequenceValidator<T> validator, double[] scores, double base, double minScore) {
        double top = scores[0];
        for (double p : scores) {
            top = Math.max(top, p);
        }
        if (!(base + StrictMath.log(top) > minScore)) {
            return -1;
        }
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= top && validator.validSequence(i, sequence, before, model.getOutcome(p))) {
                return p;
            }
        }
        return -1;
    }

    /**
     * {@link BeamSearch}'s second pass: of all allowed outcomes, the one giving the highest sequence score
     * (computed as {@link Sequence} does, so that two probabilities whose scores round to the same value
     * tie), the first of equals kept.
     */
    private <T> int bestAllowed(T[] sequence, int i, String[] before, SequenceValidator<T> validator,
            double[] scores, double base, double minScore) {
        int chosen = -1;
        double bestScore = 0;
        for (int p = 0; p < scores.length; p++) {
            double score = base + StrictMath.log(scores[p]);
            if (score > minScore && (chosen < 0 || score > bestScore)
                    && validator.validSequence(i, sequence, before, model.getOutcome(p))) {
                chosen = p;
                bestScore = score;
            }
        }
        return chosen;
    }

    /**
     * The best sequence, alone: a greedy search keeps one. ({@link BeamSearch} of size 1 may return more than
     * one where scores tie at the last token; {@code NameFinderME} asks only for the best.)
     */
    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return new Sequence[] {search(sequence, additionalContext, minSequenceScore, cg, validator)};
    }

    /** The best sequence, alone, as {@link #bestSequence}. */
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
