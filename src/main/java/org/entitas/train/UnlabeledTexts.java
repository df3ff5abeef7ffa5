package org.entitas.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.TaggedDocument;

/**
 * Unlabeled text files tagged text by text, for the commands that learn from a model's tagging ({@link SilverData},
 * {@link NameClasses}): one text a line, gzipped when the file's name ends in {@code .gz}, blank lines skipped,
 * each text's id {@code file:line}. Stateless.
 */
final class UnlabeledTexts {

    /** What is done with each tagged text. */
    interface Handler {
        void accept(String id, TaggedDocument document) throws IOException;
    }

    private UnlabeledTexts() {
    }

    /**
     * Tags the texts of {@code files} in order and hands each to {@code handler}, as long as {@code more} says so
     * before each line; returns the number of texts tagged.
     *
     * @throws IOException if a file is not found or cannot be read, or the handler fails; the message names the
     *     file
     */
    static long tag(EntityExtractor extractor, List<Path> files, BooleanSupplier more, Handler handler)
            throws IOException {
        long texts = 0;
        for (Path f : files) {
            int line = 0;
            try (BufferedReader r = reader(f)) {
                for (String text = r.readLine(); text != null && more.getAsBoolean(); text = r.readLine()) {
                    line++;
                    if (text.isBlank()) {
                        continue;
                    }
                    texts++;
                    String id = f.getFileName() + ":" + line;
                    handler.accept(id, extractor.extract(Document.of(id, text)));
                }
            } catch (CharacterCodingException e) {
                // the reader decodes ahead of the line it returns, so the fault is in this line or one after it
                throw new IOException(f + ": not valid UTF-8 at or after line " + (line + 1), e);
            } catch (IOException e) {
                throw new IOException(f + ": " + e.getMessage(), e);
            }
        }
        return texts;
    }

    private static BufferedReader reader(Path f) throws IOException {
        if (!Files.isRegularFile(f)) {
            throw new IOException("text file not found");
        }
        return WordClustering.lines(f);
    }
}
