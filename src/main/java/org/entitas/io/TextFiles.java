package org.entitas.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

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
     * <p>Symbolic links to directories are followed, given directly or met inside a directory. A directory that
     * cannot be listed (permission denied, a link back to a directory that holds it) is kept in the list as it is,
     * so that reading it reports why (see {@link #unreadableDirectory(Path)}); the walk goes on with the others.
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
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                return dir.equals(p) || !isHidden(p.relativize(dir)) ? FileVisitResult.CONTINUE
                                        : FileVisitResult.SKIP_SUBTREE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                                // not only regular files: a broken link or a special file is kept, so that reading
                                // it reports it
                                Path rel = p.relativize(f);
                                if (!isHidden(rel) && (in.isEmpty() || matches(in, rel)) && !matches(out, rel)) {
                                    found.add(f);
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path f, IOException e) {
                                // a directory that cannot be read stays whatever the include globs say (they name
                                // files), so that no file under it is lost unreported
                                Path rel = p.relativize(f);
                                if (!isHidden(rel) && !matches(out, rel)) {
                                    found.add(f);
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                                if (e != null) {
                                    // its listing broke off: what was found is read, the directory reported
                                    found.add(dir);
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
                found.sort(null);
                files.addAll(found);
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or directory");
            }
        }
        return files;
    }

    /**
     * Why the files of a directory cannot be read, or empty when it can be listed: the listing's error (permission
     * denied, ...), or a symbolic link to a directory that holds it, which would repeat its own files for ever.
     */
    public static Optional<String> unreadableDirectory(Path dir) {
        requireNonNull(dir, "dir must not be null");
        try {
            if (Files.isSymbolicLink(dir)) {
                Path target = dir.toRealPath();
                Path parent = dir.toAbsolutePath().getParent();
                if (parent != null && parent.toRealPath().startsWith(target)) {
                    return Optional.of("a symbolic link to " + target + ", a directory that holds it (a loop); not"
                            + " followed");
                }
            }
            try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
                for (Path ignored : list) {
                    // reading every entry: a listing may fail part way
                }
            }
            return Optional.empty();
        } catch (IOException | DirectoryIteratorException e) {
            return Optional.of("cannot list this directory (" + describe(e) + "); its files are not read");
        }
    }

    /**
     * An I/O error said in words: "permission denied", "no such file or directory", the file system's reason, or
     * the exception's own message; never only the path, as the JDK's file exceptions give it.
     */
    public static String describe(Exception e) {
        requireNonNull(e, "e must not be null");
        Throwable t = e instanceof DirectoryIteratorException d ? d.getCause() : e;
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        String reason = t instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : t.getMessage();
        return reason == null ? t.getClass().getSimpleName() : reason;
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
     * Whether the first 4,096 bytes read as UTF-16 text: of the even or of the odd bytes (not both), nine in ten are
     * NUL, and nine in ten of the others are no control character but a tab or line break.
     */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return false;
        }
        int[] nul = new int[2];
        int[] text = new int[2];
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            nul[i & 1] += b == 0 ? 1 : 0;
            text[i & 1] += b >= 0x20 && b != 0x7f || b == '\t' || b == '\n' || b == '\r' ? 1 : 0;
        }
        int pairs = n / 2;
        for (int side = 0; side < 2; side++) {
            if (nul[side] * 10 >= pairs * 9 && nul[1 - side] * 10 < pairs * 9 && text[1 - side] * 10 >= pairs * 9) {
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
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
            throw new IOException(source + ": UTF-16 text (byte order mark " + ((bytes[0] & 0xff) == 0xff
                    ? "FF FE" : "FE FF") + "), not UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new IOException(source + (looksLikeUtf16(bytes) ? ": UTF-16 text without a byte order mark (every"
                        + " other byte is NUL), not UTF-8; convert it first (iconv -f UTF-16LE -t UTF-8)"
                        : ": binary file (NUL byte at offset " + i + "), not text"));
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
