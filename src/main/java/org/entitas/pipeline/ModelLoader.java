package org.entitas.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;
import org.entitas.model.InvalidModelException;
import org.entitas.model.ModelKind;

/** Reads OpenNLP model files and turns every failure into an {@link InvalidModelException}. */
final class ModelLoader {

    /** Where the bundled Indonesian models live on the class path. */
    static final String BUNDLED_ROOT = "/org/entitas/models/id/";

    static {
        OpenNlpExtensions.allow();
    }

    private ModelLoader() {
    }

    /** The three models a pipeline needs. */
    record Models(SentenceModel sentence, TokenizerModel token, TokenNameFinderModel ner) {
    }

    static Models fromDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "model directory does not exist");
        }
        return new Models(
                (SentenceModel) load(dir.resolve(ModelKind.SENTENCE.fileName()), ModelKind.SENTENCE),
                (TokenizerModel) load(dir.resolve(ModelKind.TOKEN.fileName()), ModelKind.TOKEN),
                (TokenNameFinderModel) load(dir.resolve(ModelKind.NER.fileName()), ModelKind.NER));
    }

    static Models bundled() {
        try {
            return new Models(
                    (SentenceModel) loadResource(ModelKind.SENTENCE),
                    (TokenizerModel) loadResource(ModelKind.TOKEN),
                    (TokenNameFinderModel) loadResource(ModelKind.NER));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Indonesian models cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** Loads one model file, checking that it is of the kind expected. */
    static BaseModel load(Path file, ModelKind kind) throws IOException {
        if (!Files.exists(file)) {
            throw new InvalidModelException(file, kind.description(), "file not found", null);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidModelException(file, kind.description(), "not a readable file", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, kind, file.toString());
        }
    }

    static BaseModel loadResource(ModelKind kind) throws IOException {
        String name = BUNDLED_ROOT + kind.fileName();
        try (InputStream in = ModelLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidModelException("classpath:" + name, kind.description(),
                        "not on the class path (the jar was built without models/id)", null);
            }
            return read(in, kind, "classpath:" + name);
        }
    }

    private static BaseModel read(InputStream in, ModelKind kind, String source) throws InvalidModelException {
        try {
            switch (kind) {
                case SENTENCE: return new CompactSegmentationModels.Sentence(in);
                case TOKEN: return CompactSegmentationModels.tokenizer(in);
                case NER: return new CompactNameFinderModel(in);
                default: throw new AssertionError(kind);
            }
        } catch (IOException | RuntimeException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InvalidModelException(source, kind.description(), "not a valid model: " + detail, e);
        }
    }
}
