package org.entitas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entitas.model.InvalidModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One exception policy for model loading, through the public API: a path that is not there is an
 * {@link UncheckedIOException} naming it, a file that is there but is not the model expected is an
 * {@link InvalidModelException} saying what is wrong; neither is checked, as with {@link EntityExtractor#indonesian()}.
 */
class ModelLoadingTest {

    @TempDir
    Path dir;

    @Test
    void aMissingModelDirectoryIsAnUncheckedIoExceptionNamingIt() {
        Path missing = dir.resolve("no-such-models");
        assertThatThrownBy(() -> EntityExtractor.builder().models(missing).build())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(missing + ": no such directory")
                .hasMessageContaining("id-ner.bin")
                .cause().isInstanceOf(NoSuchFileException.class).hasMessage(missing.toString());
    }

    @Test
    void aModelDirectoryWithoutTheModelsNamesTheFirstMissingFile() {
        assertThatThrownBy(() -> EntityExtractor.builder().models(dir).build())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage(dir.resolve("id-sent.bin") + ": no such file (expected a sentence detector model)")
                .cause().isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aMissingNameFinderFileIsAnUncheckedIoExceptionNamingIt() {
        Path missing = dir.resolve("my-ner.bin");
        assertThatThrownBy(() -> EntityExtractor.builder().nameFinder(missing).build())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage(missing + ": no such file (expected a name finder model)");
    }

    @Test
    void anEmptyFileSaysItIsEmpty() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.bin"));
        assertInvalid(empty, "the file is empty");
    }

    @Test
    void aJunkFileSaysItIsNotAModelWithoutAnInternalMessage() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.bin"), "Presiden Joko Widodo tiba di Bandung.\n");
        assertInvalid(junk, "not an OpenNLP model (those are zip archives; this file is not one)");
    }

    @Test
    void aTruncatedModelSaysSo() throws IOException {
        byte[] model = Files.readAllBytes(Path.of("models/id/id-token.bin"));
        Path cut = Files.write(dir.resolve("cut.bin"), Arrays.copyOf(model, model.length / 2));
        assertInvalid(cut, "a truncated or corrupt zip archive (Unexpected end of ZLIB input stream)");
    }

    @Test
    void aModelOfAnotherKindNamesItsKind() {
        assertInvalid(Path.of("models/id/id-token.bin"), "a tokenizer model");
    }

    @Test
    void aDirectoryGivenAsAModelFileIsNotARegularFile() {
        assertInvalid(dir, "not a regular file");
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsTheHeap() throws IOException {
        Path bomb = dir.resolve("bomb.bin");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            zip.write("Component-Name=NameFinderME\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("nameFinder.model"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
        }

        assertThatThrownBy(() -> EntityExtractor.builder().nameFinder(bomb).build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith(bomb + ": a zip archive of " + Files.size(bomb) + " bytes that inflates past ")
                .hasMessageContaining("(at entry nameFinder.model)").hasMessageContaining("a zip bomb; not loaded")
                .hasMessageEndingWith("(expected a name finder model)");
    }

    @Test
    void theBuilderDeclaresNoCheckedException() throws NoSuchMethodException {
        assertThat(EntityExtractor.Builder.class.getMethod("build").getExceptionTypes()).isEmpty();
        assertThat(EntityExtractor.class.getMethod("indonesian").getExceptionTypes()).isEmpty();
        assertThat(RuntimeException.class).isAssignableFrom(InvalidModelException.class);
    }

    private static void assertInvalid(Path file, String reason) {
        assertThatThrownBy(() -> EntityExtractor.builder().nameFinder(file).build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessage(file + ": " + reason + " (expected a name finder model)")
                .satisfies(e -> assertThat(((InvalidModelException) e).source()).isEqualTo(file.toString()));
    }
}
