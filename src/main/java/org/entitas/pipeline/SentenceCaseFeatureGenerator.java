package org.entitas.pipeline;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Tells the name finder how its sentence is written: {@code sc=lower} (no capital letter), {@code sc=upper}
 * (no small letter) or {@code sc=mixed}, alone and joined with the shape of the token before, at and after
 * the current one ({@code sc=mixed,0=Cap}). A model trained on cased text and on its lower- and upper-case
 * copies then keeps separate weights for capitals in ordinary text and in text without case. Not thread-safe
 * (it keeps the last sentence's case and token shapes, recognising a sentence by the identity of its token
 * array); each name finder owns one.
 */
final class SentenceCaseFeatureGenerator implements AdaptiveFeatureGenerator {

    private static final String[] CASES = {"mixed", "upper", "lower"};
    private static final String[] SHAPES = {"Cap", "CAPS", "low", "num", "other", "BOS", "EOS"};
    private static final int BOS = 5;
    private static final int EOS = 6;
    /**
     * The features, built once: {@code [case][0]} is {@code sc=CASE}, {@code [case][1 + 3 * shape + k]}
     * is {@code sc=CASE,POSITION=SHAPE} for position k - 1.
     */
    private static final String[][] FEATURES = new String[CASES.length][1 + 3 * SHAPES.length];

    static {
        for (int c = 0; c < CASES.length; c++) {
            String sc = "sc=" + CASES[c];
            FEATURES[c][0] = sc;
            for (int shape = 0; shape < SHAPES.length; shape++) {
                for (int k = 0; k < 3; k++) {
                    FEATURES[c][1 + 3 * shape + k] = sc + "," + (k - 1) + "=" + SHAPES[shape];
                }
            }
        }
    }

    private String[] lastTokens;
    private String[] lastFeatures;
    /** The shape of each token of the last sentence, as an index into {@link #SHAPES}. */
    private int[] lastShapes;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != lastTokens) {
            lastFeatures = FEATURES[caseIndex(tokens)];
            lastShapes = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                lastShapes[i] = shapeIndex(tokens[i]);
            }
            lastTokens = tokens;
        }
        features.add(lastFeatures[0]);
        features.add(lastFeatures[1 + 3 * (index > 0 ? lastShapes[index - 1] : BOS)]);
        features.add(lastFeatures[1 + 3 * lastShapes[index] + 1]);
        features.add(lastFeatures[1 + 3 * (index + 1 < tokens.length ? lastShapes[index + 1] : EOS) + 2]);
    }

    /** The sentence's case as an index into {@link #CASES}: {@code mixed}, {@code upper} or {@code lower}. */
    private static int caseIndex(String[] tokens) {
        boolean upper = false;
        boolean lower = false;
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                upper |= Character.isUpperCase(c);
                lower |= Character.isLowerCase(c);
            }
        }
        return upper && lower ? 0 : upper ? 1 : 2;
    }

    /**
     * A token's shape as an index into {@link #SHAPES}: {@code Cap} (capital then small letters),
     * {@code CAPS}, {@code low}, {@code num} or {@code other}.
     */
    private static int shapeIndex(String token) {
        char first = token.isEmpty() ? ' ' : token.charAt(0);
        if (Character.isDigit(first)) {
            return 3;
        }
        if (!Character.isLetter(first)) {
            return 4;
        }
        boolean smallAfter = false;
        for (int i = 1; i < token.length(); i++) {
            smallAfter |= Character.isLowerCase(token.charAt(i));
        }
        if (Character.isUpperCase(first)) {
            return smallAfter || token.length() == 1 ? 0 : 1;
        }
        return 2;
    }
}
