package org.entitas.model;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;
import org.entitas.internal.Background;
import org.entitas.model.compact.CompactModels;

/**
 * The three models an extraction engine needs, read for tagging and checked to be of the kind expected:
 * the entry of this package for {@code org.entitas.pipeline}.
 *
 * <pre>{@code
 * Models models = Models.load(Path.of("models/id"));
 * SentenceDetector sentences = models.newSentenceDetector();   // one per worker
 * }</pre>
 *
 * <p>Immutable; the models may be shared across threads, the OpenNLP instances made over them may not.
 */
public final class Models {

    private final SentenceModel sentence;
    private final TokenizerModel token;
    private final TokenNameFinderModel ner;
    private final ModelCard card;

    private Models(SentenceModel sentence, TokenizerModel token, TokenNameFinderModel ner, ModelCard card) {
        this.sentence = sentence;
        this.token = token;
        this.ner = ner;
        this.card = card;
    }

    /**
     * Loads the three models from a directory holding {@code id-sent.bin}, {@code id-token.bin} and
     * {@code id-ner.bin}.
     *
     * @throws InvalidModelException if a model file is not a model of the kind expected
     * @throws UncheckedIOException if the directory or a model file does not exist or cannot be read
     */
    public static Models load(Path dir) {
        ModelLoader.checkDirectory(requireNonNull(dir, "dir must not be null"));
        // the name finder model (most of the loading time) on a thread of its own while this one reads the small two
        Background<BaseModel> ner = Background.start("entitas-model-loader",
                () -> ModelLoader.load(dir.resolve(ModelKind.NER.fileName()), ModelKind.NER));
        SentenceModel sentence =
                (SentenceModel) ModelLoader.load(dir.resolve(ModelKind.SENTENCE.fileName()), ModelKind.SENTENCE);
        TokenizerModel token =
                (TokenizerModel) ModelLoader.load(dir.resolve(ModelKind.TOKEN.fileName()), ModelKind.TOKEN);
        return new Models(sentence, token, (TokenNameFinderModel) loaded(ner), card(dir));
    }

    /** The model loaded in the background; its loading threw only unchecked exceptions. */
    private static BaseModel loaded(Background<BaseModel> model) {
        try {
            return model.get();
        } catch (IOException e) {
            throw new AssertionError("model loading throws unchecked exceptions only", e);
        }
    }

    private static ModelCard card(Path dir) {
        try {
            return ModelCard.of(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * The name finder model in {@code nerModel} with the sentence detector and tokenizer of the model
     * directory {@code modelDir}, or the bundled ones when there is none.
     *
     * @throws InvalidModelException if a file is not a model of the kind expected
     * @throws UncheckedIOException if a file does not exist or cannot be read
     */
    public static Models withNameFinder(Optional<Path> modelDir, Path nerModel) {
        requireNonNull(modelDir, "modelDir must not be null");
        requireNonNull(nerModel, "nerModel must not be null");
        TokenNameFinderModel ner = (TokenNameFinderModel) ModelLoader.load(nerModel, ModelKind.NER);
        if (modelDir.isEmpty()) {
            return new Models((SentenceModel) ModelLoader.loadResource(ModelKind.SENTENCE),
                    (TokenizerModel) ModelLoader.loadResource(ModelKind.TOKEN), ner, ModelCard.unknown(nerModel.toString()));
        }
        Path dir = modelDir.get();
        ModelLoader.checkDirectory(dir);
        return new Models(
                (SentenceModel) ModelLoader.load(dir.resolve(ModelKind.SENTENCE.fileName()), ModelKind.SENTENCE),
                (TokenizerModel) ModelLoader.load(dir.resolve(ModelKind.TOKEN.fileName()), ModelKind.TOKEN), ner,
                ModelCard.unknown(nerModel.toString()));
    }

    /**
     * The name finder model in {@code file} alone, for a pipeline that runs it beside its own.
     *
     * @throws InvalidModelException if the file is missing or not a name finder model
     * @throws IOException if the file cannot be read
     */
    public static TokenNameFinderModel nameFinder(Path file) throws IOException {
        return (TokenNameFinderModel) ModelLoader.load(requireNonNull(file, "file must not be null"), ModelKind.NER);
    }

    /**
     * The Indonesian models bundled in the jar.
     *
     * @throws InvalidModelException if the jar holds no models or they are corrupt
     */
    public static Models bundled() {
        ModelCard card;
        try {
            card = ModelCard.bundled();
        } catch (IOException e) {
            throw new UncheckedIOException("the card of the bundled models cannot be read: " + e.getMessage(), e);
        }
        Background<BaseModel> ner = Background.start("entitas-model-loader",
                () -> ModelLoader.loadResource(ModelKind.NER));
        SentenceModel sentence = (SentenceModel) ModelLoader.loadResource(ModelKind.SENTENCE);
        TokenizerModel token = (TokenizerModel) ModelLoader.loadResource(ModelKind.TOKEN);
        return new Models(sentence, token, (TokenNameFinderModel) loaded(ner), card);
    }

    /** The sentence detector model. */
    public SentenceModel sentence() {
        return sentence;
    }

    /** The tokenizer model. */
    public TokenizerModel token() {
        return token;
    }

    /** The name finder model. */
    public TokenNameFinderModel ner() {
        return ner;
    }

    /** What is recorded about these models ({@code model.properties} beside them). */
    public ModelCard card() {
        return card;
    }

    /** A new sentence detector over {@link #sentence()}. Not thread-safe: one per worker. */
    public SentenceDetector newSentenceDetector() {
        return CompactModels.sentenceDetector(sentence);
    }

    /** The name finder's calibration ({@link Calibration#of}): raw score to probability. */
    public DoubleUnaryOperator confidence() {
        return Calibration.of(ner);
    }
}
