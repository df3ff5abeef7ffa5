package org.entitas.train;

/**
 * The learning algorithm of a name finder recipe. The label is OpenNLP's name of the trainer, put into the
 * training parameters of every model trained with it.
 *
 * <p>Immutable and thread-safe.
 */
public enum Algorithm implements Choice {

    /** The perceptron. */
    PERCEPTRON,
    /** Maximum entropy trained with GIS. */
    MAXENT,
    /** Maximum entropy trained with L-BFGS, with OpenNLP's default L1 and L2 regularisation (0.1 each). */
    MAXENT_QN;

    /** The constant's name, which is OpenNLP's name of the trainer. */
    @Override
    public String label() {
        return name();
    }

    /**
     * The algorithm labelled {@code label}, case aside ({@code perceptron} is {@link #PERCEPTRON}).
     *
     * @throws IllegalArgumentException if no algorithm has that label
     */
    public static Algorithm of(String label) {
        return Choice.parse(Algorithm.class, "algorithm", label);
    }
}
