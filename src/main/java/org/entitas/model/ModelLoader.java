package org.entitas.model;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.util.model.BaseModel;
import org.entitas.model.compact.CompactModels;

/**
 * Reads OpenNLP model files for tagging (through the compact replacements of {@link CompactModels}). A file or
 * directory that cannot be read is an {@link UncheckedIOException} naming the path; a file that is read but is
 * not a model of the kind expected is an {@link InvalidModelException} saying what is wrong with it. Stateless
 * and thread-safe.
 */
final class ModelLoader {

    /** Where the bundled Indonesian models live on the class path. */
    static final String BUNDLED_ROOT = "/org/entitas/models/id/";

    static {
        QuietLogging.ensure();
        OpenNlpExtensions.allow();
    }

    /** Opens a model's bytes again, to find out what is wrong with a model that did not load. */
    private interface Source {
        InputStream open() throws IOException;
    }

    private ModelLoader() {
    }

    /** Fails unless {@code dir} is a directory. */
    static void checkDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            IOException e = Files.exists(dir) ? new NotDirectoryException(dir.toString())
                    : new NoSuchFileException(dir.toString());
            throw new UncheckedIOException(dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory")
                    + " (expected a model directory with " + ModelKind.SENTENCE.fileName() + ", "
                    + ModelKind.TOKEN.fileName() + " and " + ModelKind.NER.fileName() + ")", e);
        }
    }

    /** Loads one model file, checking that it is of the kind expected. */
    static BaseModel load(Path file, ModelKind kind) {
        if (!Files.exists(file)) {
            throw new UncheckedIOException(file + ": no such file (expected a " + kind.description() + " model)",
                    new NoSuchFileException(file.toString()));
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidModelException(file, kind.description(), "not a regular file", null);
        }
        try {
            checkInflation(file, kind);
        } catch (IOException e) {
            // not a zip archive, or a corrupt one: reading it says what is wrong
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, kind, file.toString(), () -> Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e, e);
        }
    }

    /**
     * The most bytes a model file of {@code size} bytes may inflate to: 50 times its size (the bundled models
     * inflate to about 4 times theirs), at least 64 MiB, and never more than half the heap, so that a zip bomb is
     * refused before it fills the heap.
     */
    static long maxInflated(long size, long heap) {
        long bySize = Math.max(64L << 20, size > Long.MAX_VALUE / 50 ? Long.MAX_VALUE : 50 * size);
        return Math.min(bySize, heap / 2);
    }

    /**
     * Inflates a model file, discarding what it reads, and refuses one that inflates past {@link #maxInflated}:
     * the bytes are counted as they inflate, whatever sizes the archive declares.
     *
     * @throws InvalidModelException naming the file, the kind expected and the limit
     * @throws IOException if the file is not a readable zip archive
     */
    private static void checkInflation(Path file, ModelKind kind) throws IOException {
        long size = Files.size(file);
        long max = maxInflated(size, Runtime.getRuntime().maxMemory());
        long inflated = 0;
        byte[] scratch = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = zip.read(scratch); n >= 0; n = zip.read(scratch)) {
                    inflated += n;
                    if (inflated > max) {
                        throw new InvalidModelException(file.toString(), kind.description(), "a zip archive of "
                                + size + " bytes that inflates past " + max + " bytes (at entry " + entry.getName()
                                + "): far more than any model, a zip bomb; not loaded", null);
                    }
                }
            }
        }
    }

    static BaseModel loadResource(ModelKind kind) {
        String name = BUNDLED_ROOT + kind.fileName();
        try (InputStream in = ModelLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidModelException("classpath:" + name, kind.description(),
                        "not on the class path (the jar was built without models/id)", null);
            }
            return read(in, kind, "classpath:" + name, () -> ModelLoader.class.getResourceAsStream(name));
        } catch (IOException e) {
            throw new UncheckedIOException("classpath:" + name + ": cannot be read: " + e, e);
        }
    }

    private static BaseModel read(InputStream in, ModelKind kind, String name, Source again) {
        try {
            switch (kind) {
                case SENTENCE: return CompactModels.sentenceModel(in);
                case TOKEN: return CompactModels.tokenizerModel(in);
                case NER: return CompactModels.nameFinderModel(in);
                default: throw new AssertionError(kind);
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidModelException(name, kind.description(), whatIsWrong(again, kind, e), e);
        }
    }

    /**
     * Why a model did not load, in words: the file is empty, is not a zip archive, is a cut or corrupt zip
     * archive, has no OpenNLP manifest, or holds a model of another kind; OpenNLP's own message otherwise.
     */
    static String whatIsWrong(Source source, ModelKind kind, Exception failure) {
        try (InputStream in = source.open()) {
            byte[] head = in.readNBytes(4);
            if (head.length == 0) {
                return "the file is empty";
            }
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                return "not an OpenNLP model (those are zip archives; this file is not one)";
            }
        } catch (IOException e) {
            return "cannot be read again: " + e;
        }
        Properties manifest = null;
        try (ZipInputStream zip = new ZipInputStream(source.open())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("manifest.properties")) {
                    manifest = new Properties();
                    manifest.load(zip);
                } else {
                    zip.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return "a truncated or corrupt zip archive (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ")";
        }
        if (manifest == null) {
            return "not an OpenNLP model: a zip archive without manifest.properties";
        }
        String component = manifest.getProperty("Component-Name", "");
        if (!component.equals(kind.componentName())) {
            for (ModelKind other : ModelKind.values()) {
                if (other.componentName().equals(component)) {
                    return "a " + other.description() + " model";
                }
            }
            return "an OpenNLP model of another kind (Component-Name " + (component.isEmpty() ? "missing" : component)
                    + ")";
        }
        String detail = failure.getMessage();
        return "not a valid model: " + (failure instanceof NullPointerException || detail == null
                ? failure.getClass().getSimpleName() + " while reading it" : detail);
    }
}
