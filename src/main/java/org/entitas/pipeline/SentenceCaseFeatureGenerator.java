package org.entitas.pipeline;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Tells the name finder how its sentence is written: {@code sc=lower} (no capital letter), {@code sc=upper}
 * (no small letter) or {@code sc=mixed}, alone and joined with the shape of the token before, at and after
 * the current one ({@code sc=mixed,0=Cap}). A model trained on cased text and on its lower- and upper-case
 * copies then keeps separate weights for capitals in ordinary text and in text without case. Not thread-safe
 * (it caches the last sentence's case); each name finder owns one.
 */
final class SentenceCaseFeatureGenerator implements AdaptiveFeatureGenerator {

    private String[] lastTokens;
    private String lastCase;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != lastTokens) {
            lastCase = sentenceCase(tokens);
            lastTokens = tokens;
        }
        String sc = "sc=" + lastCase;
        features.add(sc);
        features.add(sc + ",-1=" + (index > 0 ? shape(tokens[index - 1]) : "BOS"));
        features.add(sc + ",0=" + shape(tokens[index]));
        features.add(sc + ",1=" + (index + 1 < tokens.length ? shape(tokens[index + 1]) : "EOS"));
    }

    /** {@code lower}, {@code upper} or {@code mixed}. */
    static String sentenceCase(String[] tokens) {
        boolean upper = false;
        boolean lower = false;
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                upper |= Character.isUpperCase(c);
                lower |= Character.isLowerCase(c);
            }
        }
        return upper && lower ? "mixed" : upper ? "upper" : "lower";
    }

    /** {@code Cap} (capital then small letters), {@code CAPS}, {@code low}, {@code num} or {@code other}. */
    static String shape(String token) {
        char first = token.isEmpty() ? ' ' : token.charAt(0);
        if (Character.isDigit(first)) {
            return "num";
        }
        if (!Character.isLetter(first)) {
            return "other";
        }
        boolean smallAfter = false;
        for (int i = 1; i < token.length(); i++) {
            smallAfter |= Character.isLowerCase(token.charAt(i));
        }
        if (Character.isUpperCase(first)) {
            return smallAfter || token.length() == 1 ? "Cap" : "CAPS";
        }
        return "low";
    }
}
