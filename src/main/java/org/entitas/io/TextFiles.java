package org.entitas.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads plain-text documents strictly: UTF-8 only, binary files refused, with the file and the byte offset
 * named in the error. Stateless and thread-safe.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * Expands files and directories into the regular files they hold, directories recursively, in path order;
     * inside directories, hidden files and directories (names starting with a dot) are skipped.
     *
     * @throws java.nio.file.NoSuchFileException if an input does not exist
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .sorted()
                            .forEach(out::add);
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file or directory");
            }
        }
        return out;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a UTF-8 text file (a leading byte order mark is dropped).
     *
     * @throws IOException if the file cannot be read, holds NUL bytes (binary), or is not valid UTF-8; the
     *     message names the file and, for bad UTF-8, the byte offset
     */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), file.toString());
    }

    /** Decodes UTF-8 bytes strictly; {@code source} names them in errors. */
    public static String decode(byte[] bytes, String source) throws IOException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new IOException(source + ": binary file (NUL byte at offset " + i + "), not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IOException(source + ": not valid UTF-8 (bad byte at offset " + in.position() + ")");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

}
