package org.entitas.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U files (Universal Dependencies) into {@link UdSentence}s: the {@code # text =} line and the
 * surface tokens (multiword token lines {@code 6-7} stand for their parts; empty nodes {@code 8.1} are
 * skipped). Errors name the file and the line. Stateless and thread-safe.
 */
public final class UdReader {

    private UdReader() {
    }

    /**
     * Reads every sentence of a file.
     *
     * @throws IOException if the file cannot be read, a sentence has no {@code # text}, or a line is malformed
     */
    public static List<UdSentence> read(Path file) throws IOException {
        List<UdSentence> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text = null;
            List<String> tokens = new ArrayList<>();
            int skipUntil = 0;
            int number = 0;
            int sentenceStart = 1;
            String line;
            while ((line = readLine(r, file, number + 1)) != null) {
                number++;
                if (line.isBlank()) {
                    if (!tokens.isEmpty()) {
                        if (text == null) {
                            throw new IOException(file + ", line " + sentenceStart + ": sentence without '# text ='");
                        }
                        out.add(new UdSentence(text, tokens));
                    }
                    text = null;
                    tokens = new ArrayList<>();
                    skipUntil = 0;
                    sentenceStart = number + 1;
                    continue;
                }
                if (line.startsWith("#")) {
                    if (line.startsWith("# text =")) {
                        text = line.substring("# text =".length()).strip();
                    }
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 10) {
                    throw new IOException(file + ", line " + number + ": expected 10 tab-separated columns, got "
                            + cols.length);
                }
                String id = cols[0];
                if (id.contains(".")) {
                    continue;
                }
                int dash = id.indexOf('-');
                try {
                    if (dash > 0) {
                        skipUntil = Integer.parseInt(id.substring(dash + 1));
                        tokens.add(cols[1]);
                    } else if (Integer.parseInt(id) > skipUntil) {
                        tokens.add(cols[1]);
                    }
                } catch (NumberFormatException e) {
                    throw new IOException(file + ", line " + number + ": bad token id '" + id + "'", e);
                }
            }
            if (!tokens.isEmpty()) {
                if (text == null) {
                    throw new IOException(file + ", line " + sentenceStart + ": sentence without '# text ='");
                }
                out.add(new UdSentence(text, tokens));
            }
        }
        return out;
    }

    /** The next line, or null at the end; invalid UTF-8 is an error naming the file and the line. */
    private static String readLine(BufferedReader r, Path file, int number) throws IOException {
        try {
            return r.readLine();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not valid UTF-8, at line " + number
                    + " or in the lines read ahead of it", e);
        }
    }
}
