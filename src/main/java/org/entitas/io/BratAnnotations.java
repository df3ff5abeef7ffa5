package org.entitas.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entitas.EntityType;
import org.entitas.Mention;

/**
 * Reads entity annotations in brat standoff format: lines {@code T1<TAB>PERSON 15 29<TAB>Vladimir Putin},
 * offsets into the text of the {@code .txt} file beside the {@code .ann} file, end exclusive. Lines of other
 * kinds (relations, notes) are ignored. Every annotation is checked against the text; errors name the file
 * and the line. Offsets count Java {@code char}s (UTF-16 code units), as in {@code test-corpus/}; files from
 * the brat tool count code points, which differs only for characters outside the Basic Multilingual Plane
 * (emoji). Stateless and thread-safe.
 */
public final class BratAnnotations {

    private BratAnnotations() {
    }

    /**
     * Reads the annotations of {@code annFile} against {@code text}. Mentions carry confidence 1 and sentence 0.
     *
     * @throws IOException if a line is malformed or its text does not match the document at its offsets
     */
    public static List<Mention> read(Path annFile, String text) throws IOException {
        requireNonNull(annFile, "annFile must not be null");
        requireNonNull(text, "text must not be null");
        return parse(Files.readString(annFile, StandardCharsets.UTF_8), text, annFile.toString());
    }

    /** Parses annotations given as a string; {@code source} names them in errors. */
    public static List<Mention> parse(String ann, String text, String source) throws IOException {
        requireNonNull(ann, "ann must not be null");
        requireNonNull(text, "text must not be null");
        requireNonNull(source, "source must not be null");
        List<Mention> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new StringReader(ann));
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank() || !line.startsWith("T")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String[] typeAndSpan = cols.length == 3 ? cols[1].split(" ") : new String[0];
            if (typeAndSpan.length != 3) {
                throw new IOException(source + ", line " + number + ": expected 'T<n><TAB>TYPE start end<TAB>text',"
                        + " got '" + line + "'");
            }
            int start;
            int end;
            try {
                start = Integer.parseInt(typeAndSpan[1]);
                end = Integer.parseInt(typeAndSpan[2]);
            } catch (NumberFormatException e) {
                throw new IOException(source + ", line " + number + ": bad offsets in '" + line + "'", e);
            }
            if (start < 0 || end <= start || end > text.length()) {
                throw new IOException(source + ", line " + number + ": offsets [" + start + ", " + end
                        + ") outside the text of " + text.length() + " characters");
            }
            String covered = text.substring(start, end);
            if (!covered.equals(cols[2])) {
                throw new IOException(source + ", line " + number + ": text at [" + start + ", " + end + ") is '"
                        + covered + "', the annotation says '" + cols[2] + "'");
            }
            EntityType type;
            try {
                type = EntityType.of(typeAndSpan[0]);
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ", line " + number + ": " + e.getMessage(), e);
            }
            out.add(new Mention(type, covered, start, end, 1.0, 0));
        }
        return out;
    }
}
