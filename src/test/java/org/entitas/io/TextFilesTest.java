package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @Test
    void readsUtf8AndReadsAByteOrderMarkAsASpaceSoThatOffsetsCountIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.write(f, "\uFEFFSelamat pagi, Bápak".getBytes(StandardCharsets.UTF_8));
        assertThat(TextFiles.read(f)).isEqualTo(" Selamat pagi, Bápak");
    }

    @Test
    void refusesInvalidUtf8NamingFileAndOffset(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TextFiles.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("latin1.txt").hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("offset 3");
    }

    @Test
    void refusesBinaryFiles(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("image.png");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> TextFiles.read(f)).hasMessageContaining("image.png").hasMessageContaining("binary");
    }

    @Test
    void utf16IsSaidToBeUtf16NotBinary(@TempDir Path dir) throws IOException {
        Path bom = Files.write(dir.resolve("bom.txt"), "Joko Widodo di Bandung".getBytes(StandardCharsets.UTF_16));
        Path le = Files.write(dir.resolve("le.txt"), "Joko Widodo di Bandung".getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> TextFiles.read(bom)).hasMessage(bom
                + ": UTF-16 text (byte order mark FE FF), not UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)");
        assertThatThrownBy(() -> TextFiles.read(le)).hasMessageContaining("le.txt: UTF-16 text without a byte order"
                + " mark").hasMessageNotContaining("binary");
    }

    @Test
    void expandsDirectoriesRecursivelyInNameOrder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve(".hidden"), "x");
        assertThat(TextFiles.expand(List.of(dir))).containsExactly(dir.resolve("a.txt"), dir.resolve("b/2.txt"));
        assertThatThrownBy(() -> TextFiles.expand(List.of(dir.resolve("missing"))))
                .hasMessageContaining("missing");
    }

    @Test
    void includeAndExcludeGlobsChooseFilesInDirectories(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("2024"));
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("a.ann"), "x");
        Files.writeString(dir.resolve("2024/b.txt"), "x");
        assertThat(TextFiles.expand(List.of(dir), List.of("*.txt"), List.of()))
                .containsExactly(dir.resolve("2024/b.txt"), dir.resolve("a.txt"));
        assertThat(TextFiles.expand(List.of(dir), List.of("*.txt"), List.of("2024/**")))
                .containsExactly(dir.resolve("a.txt"));
        assertThatThrownBy(() -> TextFiles.expand(List.of(dir), List.of("[a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[a");
    }
}
