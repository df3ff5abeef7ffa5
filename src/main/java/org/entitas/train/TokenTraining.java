package org.entitas.train;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.entitas.eval.Score;
import org.entitas.io.UdSentence;

/**
 * Trains and evaluates the tokenizer on treebank sentences: the raw text of each sentence with the spans of
 * its surface tokens. Runs of letters and digits alone are never split. Stateless and thread-safe.
 */
public final class TokenTraining {

    private static final Pattern ALPHANUMERIC = Pattern.compile("^[\\p{L}\\p{N}]+$");

    private TokenTraining() {
    }

    /** Trains a model with maxent, {@code iterations} iterations and cutoff {@code cutoff}, and writes it. */
    public static void train(List<UdSentence> sentences, int iterations, int cutoff, Path out) throws IOException {
        requireNonNull(out, "out must not be null");
        TrainingParameters params = ModelFiles.params(Algorithm.MAXENT, iterations, cutoff);
        TokenizerFactory factory = new TokenizerFactory("id", ModelFiles.abbreviations(), true, ALPHANUMERIC);
        TokenizerModel model = TokenizerME.train(new CollectionObjectStream<>(samples(sentences)), factory, params);
        ModelFiles.write(model, out);
    }

    /** Token precision, recall and F1 (exact span match) of the model in {@code modelFile}. */
    public static Score evaluate(Path modelFile, List<UdSentence> sentences) throws IOException {
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(modelFile));
        Score total = new Score(0, 0, 0);
        for (TokenSample sample : samples(sentences)) {
            total = total.plus(ModelFiles.score(sample.getTokenSpans(), tokenizer.tokenizePos(sample.getText())));
        }
        return total;
    }

    /**
     * Aligns each sentence's tokens with its text. A sentence whose tokens cannot be found in order in its
     * text (the treebank normalised a character) is left out.
     */
    static List<TokenSample> samples(List<UdSentence> sentences) {
        List<TokenSample> out = new ArrayList<>();
        for (UdSentence s : sentences) {
            Span[] spans = align(s.text(), s.tokens());
            if (spans != null) {
                out.add(new TokenSample(s.text(), spans));
            }
        }
        return out;
    }

    static Span[] align(String text, List<String> tokens) {
        Span[] spans = new Span[tokens.size()];
        int pos = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (!text.startsWith(token, pos)) {
                return null;
            }
            spans[i] = new Span(pos, pos + token.length());
            pos += token.length();
        }
        return spans;
    }
}
