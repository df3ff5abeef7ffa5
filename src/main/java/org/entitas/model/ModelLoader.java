package org.entitas.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import opennlp.tools.util.model.BaseModel;
import org.entitas.model.compact.CompactModels;

/**
 * Reads OpenNLP model files for tagging (through the compact replacements of {@link CompactModels}) and turns
 * every failure into an {@link InvalidModelException}. Stateless and thread-safe.
 */
final class ModelLoader {

    /** Where the bundled Indonesian models live on the class path. */
    static final String BUNDLED_ROOT = "/org/entitas/models/id/";

    static {
        OpenNlpExtensions.allow();
    }

    private ModelLoader() {
    }

    /** Fails unless {@code dir} is a directory. */
    static void checkDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "model directory does not exist");
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
                case SENTENCE: return CompactModels.sentenceModel(in);
                case TOKEN: return CompactModels.tokenizerModel(in);
                case NER: return CompactModels.nameFinderModel(in);
                default: throw new AssertionError(kind);
            }
        } catch (IOException | RuntimeException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InvalidModelException(source, kind.description(), "not a valid model: " + detail, e);
        }
    }
}
