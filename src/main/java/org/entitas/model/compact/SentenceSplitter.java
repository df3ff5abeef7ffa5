package org.entitas.model.compact;

import java.util.HashSet;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringList;

/**
 * OpenNLP's sentence detector with a faster abbreviation check. {@link SentenceDetectorME} decides whether a
 * break follows an abbreviation by searching the rest of the text for each abbreviation of the model, at
 * each break the model proposes; this class looks only at the positions where such a search can succeed,
 * and decides the same (for a case-sensitive abbreviation list, as the bundled model has; a case-insensitive
 * one keeps OpenNLP's check). {@code SentenceSplitterTest} compares both on the test corpus and on text
 * written around the abbreviations.
 *
 * <p>Not thread-safe, as {@link SentenceDetectorME} is not.
 */
final class SentenceSplitter extends SentenceDetectorME {

    /** The first tokens of the abbreviations, or null when OpenNLP's check is kept. */
    private final Set<String> abbreviations;
    /** The lengths the abbreviations have, shortest first. */
    private final int[] lengths;

    SentenceSplitter(SentenceModel model) {
        super(model);
        Dictionary dictionary = model.getAbbreviations();
        if (dictionary == null || !dictionary.isCaseSensitive()) {
            abbreviations = null;
            lengths = new int[0];
            return;
        }
        abbreviations = new HashSet<>();
        for (StringList entry : dictionary) {
            abbreviations.add(entry.getToken(0));
        }
        lengths = abbreviations.stream().mapToInt(String::length).distinct().sorted().toArray();
    }

    /**
     * False when an abbreviation ends the candidate sentence. {@code SentenceDetectorME} refuses the break
     * when an abbreviation occurs at a position {@code p} between {@code fromIndex} and
     * {@code candidateIndex} such that either it fills the whole span from {@code fromIndex} to the
     * candidate, or it reaches at least to the candidate and the character before it (the first one when
     * {@code p == fromIndex}) is whitespace, an apostrophe or an opening bracket. Only positions within the
     * longest abbreviation's length before the candidate can do either.
     */
    @Override
    protected boolean isAcceptableBreak(CharSequence s, int fromIndex, int candidateIndex) {
        if (abbreviations == null) {
            return super.isAcceptableBreak(s, fromIndex, candidateIndex);
        }
        String text = s.toString();
        int whole = candidateIndex + 1 - fromIndex;
        if (whole > 0 && candidateIndex < text.length()
                && abbreviations.contains(text.substring(fromIndex, candidateIndex + 1))) {
            return false;
        }
        int longest = lengths.length == 0 ? 0 : lengths[lengths.length - 1];
        for (int p = Math.max(fromIndex, candidateIndex - longest); p <= candidateIndex; p++) {
            char before = text.charAt(p == fromIndex ? p : p - 1);
            if (!(Character.isWhitespace(before) || before == '\'' || before == '`' || before == '´'
                    || before == '(')) {
                continue;
            }
            for (int length : lengths) {
                if (p + length >= candidateIndex && p + length <= text.length()
                        && abbreviations.contains(text.substring(p, p + length))) {
                    return false;
                }
            }
        }
        return true;
    }
}
