package org.entitas.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.entitas.model.Models;

/**
 * One worker's OpenNLP instances: sentence detector, tokenizer and name finder over shared models.
 *
 * <p>Not thread-safe: OpenNLP's {@code *ME} classes keep per-call state. {@link Pipeline} gives each
 * thread an annotator of its own. Adaptive data is cleared after every document.
 */
final class Annotator {

    /** URLs, web addresses and e-mail addresses, kept as one token whatever the tokenizer model says. */
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s\"'<>()\\[\\]]*[^\\s\"'<>()\\[\\].,;:!?]"
                    + "|\\b[\\w.+-]+@[\\w-]+\\.[\\w.-]*[\\w-]");

    /** How many words' cuts an annotator remembers. */
    private static final int WORD_CACHE_SIZE = 20_000;

    private final SentenceDetector sentences;
    private final TokenizerME tokenizer;
    /**
     * The tokenizer's cuts of the words it has seen (ends of the pieces, relative to the word), least
     * recently used first. The tokenizer model decides the cuts of a whitespace-separated word from that
     * word alone, so a word cut once is cut the same way again.
     */
    private final Map<String, int[]> wordCuts = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > WORD_CACHE_SIZE;
        }
    };
    private final NameFinderME names;
    private final DoubleUnaryOperator confidence;
    private final SpanRules rules;

    Annotator(Models models, DoubleUnaryOperator confidence) {
        this.confidence = confidence;
        this.sentences = models.newSentenceDetector();
        this.tokenizer = new TokenizerME(models.token());
        this.names = new NameFinderME(models.ner());
        Object gazetteer = models.ner().getArtifact("gazetteer.gaz");
        this.rules = new SpanRules(gazetteer instanceof Gazetteer g ? Optional.of(g) : Optional.empty());
    }

    /**
     * Cuts a whole document into sentences and tokens and finds the names; offsets are into {@code text}. A
     * sentence without tokens is left out, so that name sentence indices count only sentences with tokens.
     */
    Engine.Annotation annotate(String text, boolean names) {
        List<Engine.Segment> sentences = new ArrayList<>();
        List<Engine.Name> found = new ArrayList<>();
        try {
            for (TextBlocks.Range range : sentenceRanges(text)) {
                stopIfInterrupted(sentences.size());
                String sentence = text.substring(range.start(), range.end());
                Span[] tokenSpans = tokenize(sentence);
                if (tokenSpans.length == 0) {
                    continue;
                }
                int[] offsets = new int[2 * tokenSpans.length];
                for (int t = 0; t < tokenSpans.length; t++) {
                    offsets[2 * t] = range.start() + tokenSpans[t].getStart();
                    offsets[2 * t + 1] = range.start() + tokenSpans[t].getEnd();
                }
                String[] words = Span.spansToStrings(tokenSpans, sentence);
                if (names) {
                    findNames(words, sentences.size(), found);
                }
                sentences.add(new Engine.Segment(range.start(), range.end(), offsets, words));
            }
        } finally {
            this.names.clearAdaptiveData();
        }
        return new Engine.Annotation(text, sentences, found);
    }

    /**
     * Stops the document when its thread was interrupted (a server's time limit cancelled it), so that a cancelled
     * document frees its worker within a sentence instead of running to its end.
     *
     * @throws CancellationException saying how many sentences were done; the interrupt is left set
     */
    private static void stopIfInterrupted(int done) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("tagging was cancelled (interrupted) after " + done + " sentences");
        }
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
                // the model may end a sentence inside a token such as KOMPAS.com or KONTAN.CO.ID (a real end is
                // punctuation) or after the initial of a name (B. J. Habibie): such a break is undone
                if (i == found.length - 1 || !Character.isLetterOrDigit(blockText.charAt(end - 1))
                        && !isInitial(blockText, end)) {
                    TextBlocks.addCut(text, block.start() + start, block.start() + end, TextBlocks.MAX_SENTENCE, out);
                    start = -1;
                }
            }
        }
        return out;
    }

    /** Finds the names of one sentence, each trimmed of leading and trailing tokens of symbols only. */
    private void findNames(String[] tokens, int sentenceIndex, List<Engine.Name> out) {
        for (SpanRules.Found f : tag(tokens)) {
            trimmed(tokens, new Engine.Name(f.label(), sentenceIndex, f.first(), f.end(), confidence(f)))
                    .ifPresent(out::add);
        }
    }

    /**
     * A name without its leading and trailing tokens of symbols only (a name never starts or ends with an emoji,
     * a dash, a quote); empty if no token with a letter is left.
     */
    static Optional<Engine.Name> trimmed(String[] tokens, Engine.Name name) {
        int first = name.firstToken();
        int last = name.endToken() - 1;
        while (first <= last && !hasLetterOrDigit(tokens[first])) {
            first++;
        }
        while (last >= first && !hasLetterOrDigit(tokens[last])) {
            last--;
        }
        if (first > last || !hasLetter(tokens, first, last)) {
            return Optional.empty();
        }
        return Optional.of(new Engine.Name(name.label(), name.sentence(), first, last + 1, name.confidence()));
    }

    /**
     * The names of one sentence: a dateline's recognised before tagging and the rest tagged alone, then the
     * boundaries corrected ({@link SpanRules}).
     */
    private List<SpanRules.Found> tag(String[] tokens) {
        int dash = rules.dateline(tokens);
        if (dash >= 0) {
            List<SpanRules.Found> found = rules.datelineNames(tokens, dash);
            if (dash + 1 < tokens.length) {
                for (SpanRules.Found f : model(Arrays.copyOfRange(tokens, dash + 1, tokens.length))) {
                    found.add(f.with(f.first() + dash + 1, f.end() + dash + 1));
                }
            }
            return rules.refine(tokens, found);
        }
        return rules.refine(tokens, model(tokens));
    }

    /** The name finder's spans of a sentence, with their probabilities. */
    private List<SpanRules.Found> model(String[] tokens) {
        Span[] found = names.find(tokens);
        double[] probs = names.probs(found);
        List<SpanRules.Found> out = new ArrayList<>(found.length);
        for (int i = 0; i < found.length; i++) {
            out.add(new SpanRules.Found(found[i].getType(), found[i].getStart(), found[i].getEnd(), probs[i]));
        }
        return out;
    }

    private double confidence(SpanRules.Found f) {
        return Math.max(0, Math.min(1, confidence.applyAsDouble(f.prob())));
    }

    /**
     * Whether the text before {@code end} is a capital letter and a dot standing alone, as the initial of a name
     * ({@code " B."}); {@code I}, {@code V} and {@code X} are taken for Roman numerals, which end sentences
     * ({@code kuartal I.}).
     */
    static boolean isInitial(String text, int end) {
        if (end < 2 || text.charAt(end - 1) != '.' || end > 2 && !Character.isWhitespace(text.charAt(end - 3))) {
            return false;
        }
        char c = text.charAt(end - 2);
        return Character.isUpperCase(c) && c != 'I' && c != 'V' && c != 'X';
    }

    private static boolean hasLetterOrDigit(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean hasLetter(String[] tokens, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (tokens[t].codePoints().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokenizes with the model, cuts the hyphen out of two candidates' names joined by it
     * ({@link NewsShapes#cutPairHyphens}), then makes every URL or e-mail address one token: tokens inside it are
     * joined, and the parts of a token that stick out of it (a bracket, a quote) become tokens of their own.
     */
    Span[] tokenize(String sentence) {
        Span[] spans = NewsShapes.cutPairHyphens(sentence, modelTokens(sentence));
        if (!mayHoldUrl(sentence)) {
            return spans;
        }
        Matcher m = URL.matcher(sentence);
        if (!m.find()) {
            return spans;
        }
        List<int[]> urls = new ArrayList<>();
        do {
            urls.add(new int[] {m.start(), m.end()});
        } while (m.find());
        List<Span> out = new ArrayList<>(spans.length);
        int u = 0;
        for (Span token : spans) {
            int start = token.getStart();
            int end = token.getEnd();
            while (start < end) {
                while (u < urls.size() && urls.get(u)[1] <= start) {
                    u++;
                }
                if (u == urls.size() || urls.get(u)[0] >= end) {
                    out.add(new Span(start, end));
                    break;
                }
                int[] url = urls.get(u);
                if (start < url[0]) {
                    out.add(new Span(start, url[0]));
                }
                if (out.isEmpty() || out.get(out.size() - 1).getEnd() <= url[0]) {
                    out.add(new Span(url[0], url[1]));
                }
                start = url[1];
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * What {@code tokenizer.tokenizePos(sentence)} returns, with the cuts of each word remembered: the
     * sentence is split at whitespace as the tokenizer splits it, and each word of two characters or more is
     * cut by the tokenizer once.
     */
    Span[] modelTokens(String sentence) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        List<Span> out = new ArrayList<>(words.length + words.length / 4);
        for (Span w : words) {
            if (w.length() < 2) {
                out.add(w);
                continue;
            }
            String word = sentence.substring(w.getStart(), w.getEnd());
            int[] ends = wordCuts.get(word);
            if (ends == null) {
                ends = Pictographs.apart(word, wholeCodePoints(word, tokenizer.tokenizePos(word)));
                wordCuts.put(word, ends);
            }
            int start = w.getStart();
            for (int end : ends) {
                out.add(new Span(start, w.getStart() + end));
                start = w.getStart() + end;
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The ends of the tokenizer's pieces of a word, relative to it, no cut falling between the two halves of a
     * surrogate pair: the model cuts characters, not code points, and may cut an emoji in two
     * ({@code Subianto\uD83D|\uDE4F}); such a cut is moved back before the pair ({@code Subianto|🙏}), and
     * dropped if a piece would be left empty, so that no token and no mention ends inside a code point.
     */
    static int[] wholeCodePoints(String word, Span[] pieces) {
        int[] ends = new int[pieces.length];
        int n = 0;
        for (Span piece : pieces) {
            int end = piece.getEnd();
            if (end > 0 && end < word.length() && Character.isHighSurrogate(word.charAt(end - 1))
                    && Character.isLowSurrogate(word.charAt(end))) {
                end--;
            }
            if (end > (n == 0 ? 0 : ends[n - 1])) {
                ends[n++] = end;
            }
        }
        return n == ends.length ? ends : Arrays.copyOf(ends, n);
    }

    /** False when {@link #URL} cannot match: no "://", no "www." in any case, no "@" (most sentences). */
    static boolean mayHoldUrl(String sentence) {
        if (sentence.indexOf('@') >= 0 || sentence.contains("://")) {
            return true;
        }
        for (int i = sentence.indexOf('.', 3); i >= 0; i = sentence.indexOf('.', i + 1)) {
            if (sentence.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the names of a document given as sentences of tokens, the tokens used as they are: the names of
     * {@link #tag}, not trimmed of symbols.
     */
    List<Engine.Name> findNames(List<List<String>> document) {
        List<Engine.Name> out = new ArrayList<>();
        try {
            for (int s = 0; s < document.size(); s++) {
                stopIfInterrupted(s);
                String[] tokens = document.get(s).toArray(new String[0]);
                if (tokens.length == 0) {
                    continue;
                }
                for (SpanRules.Found f : tag(tokens)) {
                    out.add(new Engine.Name(f.label(), s, f.first(), f.end(), confidence(f)));
                }
            }
        } finally {
            names.clearAdaptiveData();
        }
        return out;
    }

}
