package org.entitas.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.entitas.EntityType;
import org.entitas.Mention;

/**
 * One worker's OpenNLP instances: sentence detector, tokenizer and name finder over shared models.
 *
 * <p>Not thread-safe: OpenNLP's {@code *ME} classes keep per-call state. {@link Pipeline} gives each
 * thread an annotator of its own. Adaptive data is cleared after every document.
 */
final class Annotator {

    /** URLs, web addresses and e-mail addresses, kept as one token whatever the tokenizer model says. */
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s\"'<>()\\[\\]]+[^\\s\"'<>()\\[\\].,;:!?]"
                    + "|\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b");

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final NameFinderME names;

    Annotator(ModelLoader.Models models) {
        this.sentences = new SentenceDetectorME(models.sentence());
        this.tokenizer = new TokenizerME(models.token());
        this.names = new NameFinderME(models.ner());
    }

    /** Finds the names in a whole document; offsets are into {@code text}. */
    List<Mention> annotate(String text) {
        List<Mention> out = new ArrayList<>();
        int sentenceIndex = 0;
        try {
            for (TextBlocks.Range sentence : sentenceRanges(text)) {
                if (annotateSentence(text, sentence, sentenceIndex, out)) {
                    sentenceIndex++;
                }
            }
        } finally {
            names.clearAdaptiveData();
        }
        return out;
    }

    /** The sentences of a text: lines split by the sentence model, long sentences cut at whitespace. */
    List<TextBlocks.Range> sentenceRanges(String text) {
        List<TextBlocks.Range> out = new ArrayList<>();
        for (TextBlocks.Range block : TextBlocks.lines(text, TextBlocks.MAX_BLOCK)) {
            String blockText = text.substring(block.start(), block.end());
            Span[] found = sentences.sentPosDetect(blockText);
            int start = -1;
            for (int i = 0; i < found.length; i++) {
                if (start < 0) {
                    start = found[i].getStart();
                }
                int end = found[i].getEnd();
                // the model may end a sentence inside a token such as KOMPAS.com or KONTAN.CO.ID; a real end
                // is punctuation, so such a break is undone
                if (i == found.length - 1 || !Character.isLetterOrDigit(blockText.charAt(end - 1))) {
                    TextBlocks.addCut(text, block.start() + start, block.start() + end, TextBlocks.MAX_SENTENCE, out);
                    start = -1;
                }
            }
        }
        return out;
    }

    /** Returns whether the range held a sentence (any token). */
    private boolean annotateSentence(String text, TextBlocks.Range range, int sentenceIndex, List<Mention> out) {
        String sentence = text.substring(range.start(), range.end());
        Span[] tokenSpans = tokenize(sentence);
        if (tokenSpans.length == 0) {
            return false;
        }
        String[] tokens = Span.spansToStrings(tokenSpans, sentence);
        Span[] found = names.find(tokens);
        double[] probs = names.probs(found);
        for (int i = 0; i < found.length; i++) {
            Span name = found[i];
            int start = range.start() + tokenSpans[name.getStart()].getStart();
            int end = range.start() + tokenSpans[name.getEnd() - 1].getEnd();
            double confidence = Math.max(0, Math.min(1, probs[i]));
            out.add(new Mention(EntityType.fromLabel(name.getType()), text.substring(start, end), start, end,
                    confidence, sentenceIndex));
        }
        return true;
    }

    /** Tokenizes with the model, then joins the tokens that make up a URL or e-mail address. */
    Span[] tokenize(String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        Matcher m = URL.matcher(sentence);
        if (!m.find()) {
            return spans;
        }
        List<Span> merged = new ArrayList<>(spans.length);
        int i = 0;
        do {
            int us = m.start();
            int ue = m.end();
            while (i < spans.length && spans[i].getEnd() <= us) {
                merged.add(spans[i++]);
            }
            int start = us;
            int end = ue;
            while (i < spans.length && spans[i].getStart() < ue) {
                start = Math.min(start, spans[i].getStart());
                end = Math.max(end, spans[i].getEnd());
                i++;
            }
            // the part of a token outside the URL (a quote or bracket glued to it) stays a token of its own
            if (start < us) {
                merged.add(new Span(start, us));
            }
            merged.add(new Span(us, ue));
            if (end > ue) {
                merged.add(new Span(ue, end));
            }
        } while (m.find());
        while (i < spans.length) {
            merged.add(spans[i++]);
        }
        return merged.toArray(new Span[0]);
    }

    /** Tags pre-tokenized sentences of one document with IOB2 tags ({@code B-PER}, {@code I-PER}, {@code O}). */
    List<List<String>> tagTokens(List<List<String>> document) {
        List<List<String>> out = new ArrayList<>(document.size());
        try {
            for (List<String> sentence : document) {
                String[] tokens = sentence.toArray(new String[0]);
                String[] tags = new String[tokens.length];
                Arrays.fill(tags, "O");
                if (tokens.length > 0) {
                    for (Span name : names.find(tokens)) {
                        String label = EntityType.fromLabel(name.getType()).label();
                        tags[name.getStart()] = "B-" + label;
                        for (int t = name.getStart() + 1; t < name.getEnd(); t++) {
                            tags[t] = "I-" + label;
                        }
                    }
                }
                out.add(List.of(tags));
            }
        } finally {
            names.clearAdaptiveData();
        }
        return out;
    }

    /** Splits a text into sentences and tokens, without names: what the sentence detector and tokenizer see. */
    List<List<TextBlocks.Range>> segment(String text) {
        List<List<TextBlocks.Range>> out = new ArrayList<>();
        for (TextBlocks.Range piece : sentenceRanges(text)) {
            List<TextBlocks.Range> tokens = new ArrayList<>();
            for (Span t : tokenize(text.substring(piece.start(), piece.end()))) {
                tokens.add(new TextBlocks.Range(piece.start() + t.getStart(), piece.start() + t.getEnd()));
            }
            if (!tokens.isEmpty()) {
                out.add(tokens);
            }
        }
        return out;
    }
}
