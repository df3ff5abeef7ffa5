package org.entitas.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-style files: one token per line, the token in the first column, the IOB2 tag (when wanted) in
 * the last, columns separated by tabs or spaces; a blank line between sentences; {@code -DOCSTART-} lines
 * between documents. A document's id is what its {@code -DOCSTART-} line carries after a tab
 * ({@code -DOCSTART-<TAB>news/01.txt}, as {@code entitas tag --format conll} writes it), else the source's name,
 * then {@code source#2}, {@code source#3}, ... (CoNLL-2003's {@code -DOCSTART- -X- -X- O} carries no id).
 *
 * <pre>{@code
 * try (ConllReader r = ConllReader.open(Path.of("dev.tsv"), true)) {
 *     for (Optional<ConllDocument> d = r.next(); d.isPresent(); d = r.next()) { ... }
 * }
 * }</pre>
 *
 * <p>Labels are normalised: {@code B-PERSON}, {@code B-per} and {@code B-PER} are all {@code B-PER}. A tag
 * {@code I-X} that does not continue an entity of type {@code X} starts one, as is usual for IOB corpora.
 * Errors name the source and the line. Not thread-safe: one reader per thread.
 */
public final class ConllReader implements Closeable {

    private static final Pattern COLUMNS = Pattern.compile("[\\t ]+");
    private static final Pattern TABS = Pattern.compile("\t");

    private final BufferedReader in;
    private final String source;
    private final boolean withTags;
    private final Pattern columns;
    private int lineNumber;
    private int documents;
    private boolean done;
    private String pending;

    /**
     * @param in the text to read
     * @param source its name, for ids and error messages
     * @param withTags whether each token line must carry a tag in its last column
     */
    public ConllReader(Reader in, String source, boolean withTags) {
        this(in, source, withTags, COLUMNS);
    }

    private ConllReader(Reader in, String source, boolean withTags, Pattern columns) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(requireNonNull(in, "in must not be null"));
        this.source = requireNonNull(source, "source must not be null");
        this.withTags = withTags;
        this.columns = columns;
    }

    /** Opens a UTF-8 file. */
    public static ConllReader open(Path file, boolean withTags) throws IOException {
        return new ConllReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), withTags);
    }

    /** Reads every document of a UTF-8 file. */
    public static List<ConllDocument> readAll(Path file, boolean withTags) throws IOException {
        try (ConllReader r = open(file, withTags)) {
            return r.rest();
        }
    }

    /**
     * Reads the tokens of every document of a UTF-8 file whose columns are separated by tabs alone, tags
     * ignored: a token may hold spaces (NER-P's {@code di samping itu<TAB>O} is one token), and a line without a
     * tab is one token. The word clustering reads its CoNLL text this way.
     */
    public static List<ConllDocument> readTabSeparatedTokens(Path file) throws IOException {
        try (ConllReader r = new ConllReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(),
                false, TABS)) {
            return r.rest();
        }
    }

    private List<ConllDocument> rest() throws IOException {
        List<ConllDocument> out = new ArrayList<>();
        for (Optional<ConllDocument> d = next(); d.isPresent(); d = next()) {
            out.add(d.get());
        }
        return out;
    }

    /**
     * Reads the next document.
     *
     * @return the document, or empty at the end of the input
     * @throws IOException if the input cannot be read or a line is malformed (the message names source and line)
     */
    public Optional<ConllDocument> next() throws IOException {
        if (done) {
            return Optional.empty();
        }
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean sawDocStart = false;
        String docId = null;
        while (true) {
            String line;
            try {
                line = pending != null ? pending : in.readLine();
            } catch (CharacterCodingException e) {
                throw new IOException(source + ": not valid UTF-8, at line " + (lineNumber + 1)
                        + " or in the lines read ahead of it", e);
            }
            pending = null;
            if (line == null) {
                done = true;
                break;
            }
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty() || !sentences.isEmpty()) {
                    lineNumber--;
                    pending = line;
                    break;
                }
                sawDocStart = true;
                docId = docStartId(line);
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new ConllSentence(tokens, withTags ? tags : List.of()));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] fields = columns.split(trimmed);
            tokens.add(fields[0]);
            if (withTags) {
                if (fields.length < 2) {
                    throw new IOException(source + ", line " + lineNumber + ": expected 'token<TAB>tag', got '"
                            + line + "'");
                }
                tags.add(normalise(fields[fields.length - 1], tags));
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(new ConllSentence(tokens, withTags ? tags : List.of()));
        }
        if (sentences.isEmpty() && !sawDocStart) {
            return Optional.empty();
        }
        String id = docId != null ? docId : documents == 0 ? source : source + "#" + (documents + 1);
        documents++;
        return Optional.of(new ConllDocument(id, sentences));
    }

    /** The id a {@code -DOCSTART-} line carries after a tab, or null if it carries none or only CoNLL columns. */
    private static String docStartId(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return null;
        }
        String rest = line.substring(tab + 1).strip();
        boolean columns = COLUMNS.splitAsStream(rest).allMatch(f -> f.equals("-X-") || f.equals("O"));
        return rest.isEmpty() || columns ? null : rest;
    }

    private String normalise(String tag, List<String> previous) throws IOException {
        try {
            return IobSpans.normalise(tag, previous.isEmpty() ? "O" : previous.get(previous.size() - 1));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ", line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
