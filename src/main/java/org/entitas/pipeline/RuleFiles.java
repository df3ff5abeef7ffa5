package org.entitas.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Reads the dictionary and pattern files of an {@link Engine.Builder} into a {@link TokenRuler}: UTF-8,
 * one entry a line, blank lines and lines starting with {@code #} skipped. A dictionary line is
 * {@code name<TAB>TYPE}, a pattern line {@code TYPE<TAB>pattern}. Dictionary names are cut into tokens by the
 * extractor's own tokenizer, so that they match the tokens of the text. Stateless and thread-safe.
 */
final class RuleFiles {

    private RuleFiles() {
    }

    /**
     * Adds the names of a dictionary file.
     *
     * @throws IOException if the file cannot be read, or naming the file, the line and the value at fault: a line
     *     that is not {@code name<TAB>TYPE}, a bad type, a name listed already with another type, a name too long,
     *     too many names
     */
    static void readDictionary(Path file, UnaryOperator<String> typeName, Pipeline tokenizer, TokenRuler.Builder into)
            throws IOException {
        read(file, "name<TAB>TYPE", c -> addName(c[0], typeName.apply(c[1]), tokenizer, into));
    }

    /**
     * Adds the patterns of a pattern file.
     *
     * @throws IOException if the file cannot be read, or naming the file, the line and the value at fault: a line
     *     that is not {@code TYPE<TAB>pattern}, a bad type, a malformed pattern, too many patterns
     */
    static void readPatterns(Path file, UnaryOperator<String> typeName, TokenRuler.Builder into) throws IOException {
        read(file, "TYPE<TAB>pattern", c -> into.addPattern(typeName.apply(c[0]), c[1]));
    }

    /**
     * Hands the two columns of each line that is not blank or a comment to {@code entry}; an
     * {@code IllegalArgumentException} it throws becomes an {@code IOException} naming the file, the line and
     * its text.
     */
    private static void read(Path file, String expected, Consumer<String[]> entry) throws IOException {
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IOException(file + ", line " + (i + 1) + ": expected " + expected + ", got '" + shown(line)
                        + "'");
            }
            try {
                entry.accept(new String[] {columns[0].strip(), columns[1].strip()});
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ", line " + (i + 1) + ": " + shown(e.getMessage()) + ": '"
                        + shown(line) + "'", e);
            }
        }
    }

    /** A line as an error message shows it: whole up to 200 characters, else its start and its length. */
    static String shown(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "... (" + line.length() + " characters)";
    }

    /**
     * Adds one name, cut into tokens by {@code tokenizer}.
     *
     * @throws IllegalArgumentException if the name is blank, too long, or listed already with another type
     */
    static void addName(String name, String type, Pipeline tokenizer, TokenRuler.Builder into) {
        List<String> tokens = new ArrayList<>();
        if (!name.isBlank()) {
            for (Engine.Segment s : tokenizer.segment(name)) {
                tokens.addAll(Arrays.asList(s.words()));
            }
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("blank name");
        }
        into.addName(type, tokens);
    }

    /** The largest dictionary or pattern file, in bytes. */
    static final long MAX_FILE = 64L << 20;

    /** The lines of a UTF-8 file; text that is not UTF-8 is an error naming the file and the line. */
    private static List<String> lines(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE) {
            throw new IOException(file + ": larger than " + (MAX_FILE >> 20) + " MiB");
        }
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        List<String> lines = new ArrayList<>();
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            try {
                lines.add(decoder.decode(ByteBuffer.wrap(bytes, start, stop - start)).toString());
            } catch (CharacterCodingException e) {
                throw new IOException(file + ", line " + (lines.size() + 1) + ": not UTF-8 text", e);
            }
            start = end + 1;
        }
        return lines;
    }
}
