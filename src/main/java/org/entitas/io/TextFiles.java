package org.entitas.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
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
        return expand(inputs, List.of(), List.of());
    }

    /**
     * Like {@link #expand(List)}, keeping inside directories only the files that match one of the
     * {@code include} globs (all files when there is none) and none of the {@code exclude} globs. A glob without
     * a {@code /} is matched against the file name ({@code *.txt}); one with a {@code /} against the path
     * relative to the directory given ({@code 2024/**}). Files named directly are always kept.
     *
     * @throws IllegalArgumentException if a glob is malformed
     * @throws java.nio.file.NoSuchFileException if an input does not exist
     */
    public static List<Path> expand(List<Path> inputs, List<String> include, List<String> exclude)
            throws IOException {
        List<PathMatcher> in = matchers(include);
        List<PathMatcher> out = matchers(exclude);
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    // not only regular files: a broken link or a special file is kept, so that reading it reports it
                    walk.filter(f -> !Files.isDirectory(f))
                            .filter(f -> !isHidden(p.relativize(f)))
                            .filter(f -> (in.isEmpty() || matches(in, p.relativize(f))) && !matches(out, p.relativize(f)))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file or directory");
            }
        }
        return files;
    }

    /**
     * Compiles globs as {@link #expand(List, List, List)} uses them.
     *
     * @throws IllegalArgumentException if a glob is malformed
     */
    public static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            try {
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
                out.add(g.contains("/") ? m : path -> m.matches(path.getFileName()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad glob '" + g + "': " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Whether a relative path matches one of the matchers. */
    public static boolean matches(List<PathMatcher> matchers, Path relative) {
        requireNonNull(matchers, "matchers must not be null");
        requireNonNull(relative, "relative must not be null");
        for (PathMatcher m : matchers) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
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
     * Reads a UTF-8 text file (a leading byte order mark is read as a space, see {@link #decode}).
     *
     * @throws IOException if the file cannot be read, holds NUL bytes (binary), or is not valid UTF-8; the
     *     message names the file and, for bad UTF-8, the byte offset
     */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), file.toString());
    }

    /**
     * Decodes UTF-8 bytes strictly; {@code source} names them in errors. A leading byte order mark becomes a space:
     * it is no text, but offsets still count it as the one character it is for every other reader of the file.
     */
    public static String decode(byte[] bytes, String source) throws IOException {
        requireNonNull(bytes, "bytes must not be null");
        requireNonNull(source, "source must not be null");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new IOException(source + ": binary file (NUL byte at offset " + i + "), not text");
            }
        }
        // validate in small pieces (no second copy of a large text), then decode at once
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer scratch = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, scratch, true);
            if (result.isError()) {
                throw new IOException(source + ": not valid UTF-8 (bad byte at offset " + in.position() + ")");
            }
            scratch.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    }

}
