package org.entitas.train;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.entitas.eval.Score;
import org.entitas.io.UdSentence;

/**
 * Trains and evaluates the sentence detector on treebank sentences. Consecutive sentences are joined into
 * passages of {@link #PASSAGE} sentences, so that the model sees where one sentence ends and the next
 * begins; Indonesian abbreviations ({@code Dr.}, {@code Jl.}, {@code dll.}, ...) are never sentence ends.
 * Stateless and thread-safe.
 */
public final class SentenceTraining {

    /** Sentences per training passage. */
    static final int PASSAGE = 6;

    private SentenceTraining() {
    }

    /** Trains a model with maxent, {@code iterations} iterations and cutoff {@code cutoff}, and writes it. */
    public static void train(List<UdSentence> sentences, int iterations, int cutoff, Path out) throws IOException {
        requireNonNull(out, "out must not be null");
        TrainingParameters params = ModelFiles.params(Algorithm.MAXENT, iterations, cutoff);
        SentenceDetectorFactory factory = new SentenceDetectorFactory("id", true, ModelFiles.abbreviations(),
                new char[] {'.', '?', '!'});
        SentenceModel model = SentenceDetectorME.train("id", new CollectionObjectStream<>(passages(sentences)),
                factory, params);
        ModelFiles.write(model, out);
    }

    /** Sentence-boundary precision, recall and F1 of the model in {@code modelFile} on {@code sentences}. */
    public static Score evaluate(Path modelFile, List<UdSentence> sentences) throws IOException {
        SentenceDetectorME detector = new SentenceDetectorME(new SentenceModel(modelFile));
        Score total = new Score(0, 0, 0);
        for (SentenceSample sample : passages(sentences)) {
            total = total.plus(ModelFiles.score(sample.getSentences(), detector.sentPosDetect(sample.getDocument())));
        }
        return total;
    }

    static List<SentenceSample> passages(List<UdSentence> sentences) {
        List<SentenceSample> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += PASSAGE) {
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            for (UdSentence s : sentences.subList(i, Math.min(sentences.size(), i + PASSAGE))) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                spans.add(new Span(text.length(), text.length() + s.text().length()));
                text.append(s.text());
            }
            out.add(new SentenceSample(text, spans.toArray(new Span[0])));
        }
        return out;
    }
}
