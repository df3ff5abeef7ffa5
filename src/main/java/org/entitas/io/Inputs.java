package org.entitas.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.AbstractIterator;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.entitas.Document;
import org.entitas.Failure;
import org.entitas.Input;
import org.entitas.TokenizedDocument;
import org.entitas.internal.OptionalDependency;

/**
 * Reads the documents of files, directories, archives and standard input as one lazy stream of
 * {@link Input}s, in a stable order, with a stable id for every document:
 *
 * <ul>
 *   <li>a text file is one document, id its path; {@code -} is standard input, id {@code stdin}, text unless
 *       another {@link InputFormat} is declared, decompressed when it starts with the gzip magic bytes;
 *   <li>a directory is read recursively in path order, with include and exclude globs;
 *   <li>{@code .jsonl}, {@code .ndjson}: one document per line (see {@link InputOptions} for the fields);
 *   <li>{@code .conll}: pre-tokenized CoNLL, a document between {@code -DOCSTART-} lines;
 *   <li>{@code .gz}: decompressed, then read by its inner name ({@code news.jsonl.gz}, {@code a.txt.gz});
 *   <li>{@code .zip}, {@code .tar}, {@code .tar.gz}, {@code .tgz}: each member as a file, id
 *       {@code archive!member};
 *   <li>{@code .warc}, {@code .warc.gz}: each HTML response, its text extracted from the HTML, id the
 *       WARC-Record-ID, the target URI carried as field {@code url}.
 * </ul>
 *
 * <p>A declared {@link InputOptions#format()} replaces the file name's say on the documents' format; compression
 * and archives are still told by name.
 *
 * <p>Nothing is lost: a file or member that cannot be read (missing, binary, not UTF-8, corrupt archive, bad
 * JSON line, HTML without text) becomes an {@link Failure} and reading goes on; so does a directory with no file
 * to read, or one that cannot be listed (permission denied, a symbolic link back to a directory holding it).
 * Stateless; each returned stream is read by one thread and must be closed.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Reads every input, lazily: a file is opened when the stream reaches it.
     *
     * @throws IllegalArgumentException if a glob is malformed
     * @throws IOException if a directory cannot be listed
     */
    public static Stream<Input> read(List<Path> inputs, InputOptions options) throws IOException {
        requireNonNull(options, "options must not be null");
        return readFiles(files(inputs, options), options);
    }

    /**
     * Reads the files that {@link #files} listed, lazily, without listing directories again: a directory in the
     * list (one that could not be listed, or held no file to read) is a failure saying why.
     */
    public static Stream<Input> readFiles(List<Path> files, InputOptions options) {
        requireNonNull(files, "files must not be null");
        requireNonNull(options, "options must not be null");
        List<Path> copy = List.copyOf(files);
        return concat(copy.stream().map(f -> file(f, options)).iterator());
    }

    /**
     * The files the inputs stand for, in reading order; a missing input, and a directory with no file to read or
     * that cannot be listed, stay in the list (reading them gives a failure naming them), {@code -} stands for
     * standard input.
     */
    public static List<Path> files(List<Path> inputs, InputOptions options) throws IOException {
        requireNonNull(inputs, "inputs must not be null");
        requireNonNull(options, "options must not be null");
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (p.toString().equals("-") || !Files.isDirectory(p)) {
                out.add(p);
            } else {
                List<Path> inside = TextFiles.expand(List.of(p), options.include(), options.exclude());
                if (inside.isEmpty()) {
                    out.add(p);
                }
                out.addAll(inside);
            }
        }
        return out;
    }

    /** Whether a file holds exactly one document (so that a count of files is a count of documents). */
    public static boolean isSingleDocument(Path file) {
        return isSingleDocument(file, InputFormat.AUTO);
    }

    /** Whether a file read in {@code format} holds exactly one document; standard input counts as a file. */
    public static boolean isSingleDocument(Path file, InputFormat format) {
        requireNonNull(file, "file must not be null");
        requireNonNull(format, "format must not be null");
        String name = file.toString().equals("-") ? "" : file.getFileName() == null ? "" : file.getFileName().toString();
        return kind(name, format) == Kind.TEXT;
    }

    /** Whether a file read in {@code format} is a WARC file, whose documents' text is extracted from HTML. */
    public static boolean isWarc(Path file, InputFormat format) {
        requireNonNull(file, "file must not be null");
        requireNonNull(format, "format must not be null");
        return file.toString().equals("-") ? format == InputFormat.WARC
                : file.getFileName() != null && kind(file.getFileName().toString(), format) == Kind.WARC;
    }

    /**
     * The number of documents the files hold when it is known before reading them (every file holds one), else
     * -1: the total a progress report counts towards.
     */
    public static long documentCount(List<Path> files) {
        return documentCount(files, InputFormat.AUTO);
    }

    /** Like {@link #documentCount(List)}, for files read in {@code format}. */
    public static long documentCount(List<Path> files, InputFormat format) {
        requireNonNull(files, "files must not be null");
        requireNonNull(format, "format must not be null");
        return files.stream().allMatch(f -> isSingleDocument(f, format)) ? files.size() : -1;
    }

    enum Kind { TEXT, JSONL, CONLL, GZIP, ZIP, TAR, TAR_GZ, WARC }

    static Kind kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Kind.WARC;
        } else if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) {
            return Kind.TAR_GZ;
        } else if (n.endsWith(".tar")) {
            return Kind.TAR;
        } else if (n.endsWith(".zip")) {
            return Kind.ZIP;
        } else if (n.endsWith(".gz")) {
            return Kind.GZIP;
        } else if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Kind.JSONL;
        } else if (n.endsWith(".conll")) {
            return Kind.CONLL;
        }
        return Kind.TEXT;
    }

    /**
     * The kind of a file named {@code name} read in {@code format}: archives and gzip by name, then the declared
     * format (a WARC file may be gzip-compressed: it is read as a whole), else the name's.
     */
    static Kind kind(String name, InputFormat format) {
        Kind byName = kind(name);
        if (format == InputFormat.AUTO || byName == Kind.ZIP || byName == Kind.TAR || byName == Kind.TAR_GZ) {
            return byName;
        }
        if (format == InputFormat.WARC) {
            return Kind.WARC;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return Kind.GZIP;
        }
        return format == InputFormat.JSONL ? Kind.JSONL : format == InputFormat.CONLL ? Kind.CONLL : Kind.TEXT;
    }

    /** The records of one file; never throws for bad content. */
    static Stream<Input> file(Path file, InputOptions options) {
        String id = file.toString();
        ReadLimits limits = options.limits();
        if (id.equals("-")) {
            return stdin(options);
        }
        if (!Files.exists(file)) {
            boolean pattern = id.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
            return Stream.of(new Failure(id, id + ": no such file or directory" + (pattern
                    ? " (a pattern that matches no file: the shell passes it on as it is)" : "")));
        }
        if (Files.isDirectory(file)) {
            Optional<String> unreadable = TextFiles.unreadableDirectory(file);
            if (unreadable.isPresent()) {
                return Stream.of(new Failure(id, id + ": " + unreadable.get()));
            }
            return Stream.of(new Failure(id, id + ": no file to read in this directory" + (options.include().isEmpty()
                    && options.exclude().isEmpty() ? " (hidden files are skipped)" : " matching --include "
                    + options.include() + " and not --exclude " + options.exclude())));
        }
        if (!Files.isRegularFile(file)) {
            // a device (/dev/zero), a FIFO or a socket never ends or blocks: only standard input is read as a stream
            return Stream.of(new Failure(id, id + ": not a regular file (a device, FIFO or socket); not read"
                    + " (use - for standard input)"));
        }
        try {
            long size = Files.size(file);
            Kind kind = kind(file.getFileName().toString(), options.format());
            switch (kind) {
                case TEXT:
                    if (size > limits.maxDocument()) {
                        throw Bounded.tooLarge(id, limits.maxDocument(), DOCUMENT);
                    }
                    try (InputStream in = Files.newInputStream(file)) {
                        return Stream.of(text(id, Bounded.readAll(in, limits.maxDocument(), id, DOCUMENT)));
                    }
                case WARC:
                    OptionalDependency.JWARC.require(id + ": WARC input");
                    OptionalDependency.JSOUP.require(id + ": the text of WARC pages");
                    return WarcInput.read(new org.netpreserve.jwarc.WarcReader(file), id, limits.maxDocument());
                case ZIP:
                    // on disk, the central directory is read first: a corrupt archive is reported at once
                    return archive(new ArchiveMembers.ZipFileMembers(new ZipFile(file.toFile()),
                            limits.inflationBudget(size), size, limits.maxInflation(), id), id, options);
                default:
                    String name = file.getFileName().toString();
                    if (kind == Kind.GZIP || kind == Kind.TAR_GZ) {
                        // a corrupt stream or a bomb fails the whole file before any of its records is written; the
                        // complete lines of a truncated JSON Lines stream are read, and the truncation is a failure
                        long intact;
                        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                            intact = verifyGzip(in, id, size, limits, kind == Kind.GZIP
                                    && kind(name.substring(0, name.length() - 3), options.format()) == Kind.JSONL);
                        }
                        if (intact >= 0) {
                            return truncatedJsonLines(file, id, size, intact, options);
                        }
                    }
                    InputStream in = new BufferedInputStream(Files.newInputStream(file));
                    return stream(in, id, name, size, options);
            }
        } catch (IOException | RuntimeException e) {
            return Stream.of(failure(id, e));
        }
    }

    private static final String DOCUMENT = "the document limit (--max-document)";
    private static final String MEMBER = "the archive member limit (--max-member)";

    /**
     * Reads a gzip stream to its end, discarding what it inflates to, within the inflation budget of a compressed
     * file of {@code size} bytes.
     *
     * @throws IOException naming {@code id} if the stream is not gzip, is corrupt, or inflates past the budget
     */
    static void verifyGzip(InputStream in, String id, long size, ReadLimits limits) throws IOException {
        verifyGzip(in, id, size, limits, false);
    }

    /**
     * Like {@link #verifyGzip(InputStream, String, long, ReadLimits)}; with {@code lines}, a stream that ends early
     * (a truncated file) is not an error: returns the number of inflated bytes up to the end of its last complete
     * line. Returns -1 for a whole stream.
     */
    private static long verifyGzip(InputStream in, String id, long size, ReadLimits limits, boolean lines)
            throws IOException {
        long inflated = 0;
        long lineEnd = 0;
        try (InputStream gz = Bounded.inflation(gunzip(in, id), limits.inflationBudget(size), size,
                limits.maxInflation(), id)) {
            byte[] scratch = new byte[64 * 1024];
            for (int n = gz.read(scratch); n >= 0; n = gz.read(scratch)) {
                // only the checksum and the size matter here, and, for lines, where the last one ends
                for (int i = n - 1; lines && i >= 0; i--) {
                    if (scratch[i] == '\n') {
                        lineEnd = inflated + i + 1;
                        break;
                    }
                }
                inflated += n;
            }
            return -1;
        } catch (Bounded.LimitException e) {
            throw e;
        } catch (EOFException e) {
            if (lines) {
                return lineEnd;
            }
            throw new IOException(id + ": truncated gzip stream (it ends after " + inflated
                    + " decompressed bytes); none of it is read", e);
        } catch (IOException e) {
            throw new IOException(id + ": corrupt gzip stream (" + e.getMessage() + "); none of it is read", e);
        }
    }

    /**
     * The records of the complete lines of a truncated gzip-compressed JSON Lines file, its first {@code intact}
     * decompressed bytes, then a failure saying where it ends.
     */
    private static Stream<Input> truncatedJsonLines(Path file, String id, long size, long intact,
            InputOptions options) throws IOException {
        ReadLimits limits = options.limits();
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        InputStream gz = com.google.common.io.ByteStreams.limit(Bounded.inflation(gunzip(in, id),
                limits.inflationBudget(size), size, limits.maxInflation(), id), intact);
        Failure truncated = new Failure(id, id + ": truncated gzip stream: the file ends inside its data, after "
                + intact + " decompressed bytes of complete lines; those lines are read, the rest is lost");
        return concat(List.of(jsonLines(gz, id, options), Stream.<Input>of(truncated)).iterator());
    }

    private static InputStream gunzip(InputStream in, String id) throws IOException {
        try {
            return new GZIPInputStream(in, 64 * 1024);
        } catch (IOException e) {
            in.close();
            throw new IOException(id + ": not a gzip file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The records of a stream named {@code name} (which decides its kind), {@code size} bytes of a file or member;
     * closes {@code in} when done.
     */
    private static Stream<Input> stream(InputStream in, String id, String name, long size, InputOptions options)
            throws IOException {
        ReadLimits limits = options.limits();
        switch (kind(name, options.format())) {
            case GZIP: {
                InputStream gz = Bounded.inflation(gunzip(in, id), limits.inflationBudget(size), size,
                        limits.maxInflation(), id);
                return stream(gz, id, name.substring(0, name.length() - 3), Long.MAX_VALUE, options);
            }
            case JSONL:
                return jsonLines(in, id, options);
            case CONLL:
                try (in) {
                    return conll(in, id, limits);
                }
            case ZIP:
                return archive(new ArchiveMembers.ZipMembers(new ZipInputStream(in), limits.inflationBudget(size),
                        size, limits.maxInflation(), id), id, options);
            case TAR:
                OptionalDependency.COMMONS_COMPRESS.require(id + ": tar input");
                return archive(new ArchiveMembers.TarMembers(new TarArchiveInputStream(in)), id, options);
            case TAR_GZ:
                OptionalDependency.COMMONS_COMPRESS.require(id + ": tar input");
                return archive(new ArchiveMembers.TarMembers(new TarArchiveInputStream(Bounded.inflation(gunzip(in, id),
                        limits.inflationBudget(size), size, limits.maxInflation(), id))), id, options);
            case WARC:
                in.close();
                return Stream.of(new Failure(id, id + ": WARC files inside other archives are not read"));
            default:
                try (in) {
                    return Stream.of(text(id, Bounded.readAll(in, limits.maxDocument(), id, DOCUMENT)));
                }
        }
    }

    /**
     * Standard input in the declared format (text when none is); gzip, told by its first two bytes, is decompressed.
     * Standard input is not closed.
     */
    private static Stream<Input> stdin(InputOptions options) {
        String id = "stdin";
        ReadLimits limits = options.limits();
        try {
            InputStream in = new BufferedInputStream(new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input stays open
                }
            }, 64 * 1024);
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            if (gzip) {
                in = new BufferedInputStream(gunzip(in, id), 64 * 1024);
            }
            switch (options.format()) {
                case JSONL:
                    return jsonLines(in, id, options);
                case CONLL:
                    return conll(in, id, limits);
                case WARC:
                    OptionalDependency.JWARC.require(id + ": WARC input");
                    OptionalDependency.JSOUP.require(id + ": the text of WARC pages");
                    return WarcInput.read(new org.netpreserve.jwarc.WarcReader(in), id, limits.maxDocument());
                default:
                    Input document = text(id, Bounded.readAll(in, limits.maxDocument(), id, DOCUMENT));
                    if (options.format() == InputFormat.AUTO && document instanceof Document d
                            && FormatSniffer.isJsonLines(d.text())) {
                        return Stream.of(new Failure(id, id + ": standard input is read as one text document"
                                + " unless --input-format says otherwise, but it looks like JSON Lines (every line"
                                + " a JSON object): give --input-format jsonl to read its records, or --input-format"
                                + " text to tag it as text"));
                    }
                    return Stream.of(document);
            }
        } catch (IOException | RuntimeException e) {
            return Stream.of(failure(id, e));
        }
    }

    /**
     * Reads pre-tokenized CoNLL files (token in the first column, a blank line between sentences,
     * {@code -DOCSTART-} lines between documents; {@code -} is standard input) as {@link TokenizedDocument}s, ids
     * {@code file}, {@code file#2}, ... A file that cannot be read or parsed is one failure naming it.
     */
    public static Stream<Input> readConll(List<Path> files) {
        return readConll(files, ReadLimits.DEFAULTS);
    }

    /** Like {@link #readConll(List)}; a file larger than {@code limits.maxDocument()} is a failure. */
    public static Stream<Input> readConll(List<Path> files, ReadLimits limits) {
        requireNonNull(files, "files must not be null");
        requireNonNull(limits, "limits must not be null");
        InputOptions options = InputOptions.DEFAULTS.withLimits(limits).withFormat(InputFormat.CONLL);
        return concat(files.stream().map(f -> file(f, options)).iterator());
    }

    /** The documents of a CoNLL stream, at most {@code limits.maxDocument()} bytes, or one failure naming it. */
    private static Stream<Input> conll(InputStream in, String id, ReadLimits limits) {
        byte[] bytes;
        try {
            bytes = Bounded.readAll(in, limits.maxDocument(), id, DOCUMENT);
        } catch (IOException | RuntimeException e) {
            return Stream.of(failure(id, e));
        }
        try {
            String text = TextFiles.decode(bytes, id);
            if (FormatSniffer.isRunningText(text)) {
                return Stream.of(new Failure(id, id + ": read as pre-tokenized CoNLL (--format conll reads it so,"
                        + " as --input-format conll does), but it looks like running text: most lines hold several"
                        + " words, where a CoNLL line holds one token; give --no-tokenized (or --input-format text)"
                        + " to tag it as text"));
            }
            return conll(text, id);
        } catch (IOException e) {
            return Stream.of(failure(id, e));
        }
    }

    private static Stream<Input> conll(String text, String id) {
        List<Input> documents = new ArrayList<>();
        try (ConllReader r = new ConllReader(new StringReader(text), id, false)) {
            for (Optional<ConllDocument> d = r.next(); d.isPresent(); d = r.next()) {
                documents.add(new TokenizedDocument(d.get().id(), d.get().tokens()));
            }
        } catch (IOException | RuntimeException e) {
            return Stream.of(failure(id, e));
        }
        return documents.stream();
    }

    static Input text(String id, byte[] bytes) {
        try {
            return new Document(id, TextFiles.decode(bytes, id), Map.of());
        } catch (IOException e) {
            return new Failure(id, e.getMessage());
        }
    }

    static Failure failure(String id, Exception e) {
        // the JDK's file exceptions carry only the path: their reason is said in words
        String message = e instanceof FileSystemException ? e.getMessage() == null
                || e.getMessage().equals(((FileSystemException) e).getFile())
                ? TextFiles.describe(e) : e.getMessage()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Failure(id, message.startsWith(id) ? message : id + ": " + message);
    }

    private static Stream<Input> jsonLines(InputStream in, String id, InputOptions options) {
        InputStream reader = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 64 * 1024);
        Iterator<Input> lines = new JsonLinesInput(reader, id, options);
        Iterator<Input> safe = new AbstractIterator<>() {
            private boolean failed;

            @Override
            protected Input computeNext() {
                if (failed) {
                    return endOfData();
                }
                try {
                    return lines.hasNext() ? lines.next() : endOfData();
                } catch (UncheckedIOException e) {
                    failed = true;
                    return new Failure(id, e.getMessage() + " (the rest of the file is not read)");
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(safe, Spliterator.ORDERED), false)
                .onClose(() -> closeQuietly(reader));
    }


    /** Each member matching the globs, read as a file of its own; a corrupt archive ends with a failure. */
    private static Stream<Input> archive(ArchiveMembers.Members members, String archiveId, InputOptions options) {
        List<PathMatcher> include = TextFiles.matchers(options.include());
        List<PathMatcher> exclude = TextFiles.matchers(options.exclude());
        Iterator<Stream<Input>> perMember = new AbstractIterator<>() {
            private boolean done;
            private boolean any;

            @Override
            protected Stream<Input> computeNext() {
                while (!done) {
                    String name;
                    try {
                        name = members.next();
                    } catch (IOException | RuntimeException e) {
                        done = true;
                        return Stream.of(new Failure(archiveId, archiveId
                                + ": corrupt archive, the rest is not read (" + e.getMessage() + ")"));
                    }
                    if (name == null) {
                        done = true;
                        if (!any) {
                            return Stream.of(new Failure(archiveId,
                                    archiveId + ": no member could be read (empty or corrupt archive)"));
                        }
                        break;
                    }
                    any = true;
                    String memberId = archiveId + "!" + name;
                    Path rel;
                    try {
                        rel = Path.of(name);
                    } catch (RuntimeException e) {
                        return Stream.of(new Failure(memberId, memberId + ": bad member name"));
                    }
                    if ((!include.isEmpty() && !TextFiles.matches(include, rel)) || TextFiles.matches(exclude, rel)) {
                        continue;
                    }
                    if (name.isEmpty()) {
                        return Stream.of(new Failure(memberId, memberId + ": a member without a name; not read"));
                    }
                    if (members.notRegular() != null) {
                        return Stream.of(new Failure(memberId, memberId + ": " + members.notRegular() + "; not read"));
                    }
                    ReadLimits limits = options.limits();
                    try {
                        Kind kind = kind(name, options.format());
                        boolean document = kind == Kind.TEXT && limits.maxDocument() < limits.maxMember();
                        byte[] bytes = Bounded.readAll(members.content(),
                                document ? limits.maxDocument() : limits.maxMember(), memberId,
                                document ? DOCUMENT : MEMBER);
                        if (kind == Kind.TEXT) {
                            return Stream.of(text(memberId, bytes));
                        }
                        if (kind == Kind.GZIP || kind == Kind.TAR_GZ) {
                            verifyGzip(new ByteArrayInputStream(bytes), memberId, bytes.length, limits);
                        }
                        return stream(new ByteArrayInputStream(bytes), memberId, name, bytes.length, options);
                    } catch (Bounded.LimitException e) {
                        if (e.getMessage().contains("--max-inflation")) {
                            // the archive's own budget is spent: the rest of it is not read
                            done = true;
                        }
                        return Stream.of(failure(memberId, e));
                    } catch (IOException | RuntimeException e) {
                        return Stream.of(failure(memberId, e));
                    }
                }
                return endOfData();
            }
        };
        return concat(perMember).onClose(() -> closeQuietly(members));
    }

    /**
     * The streams one after the other, each opened when the one before is used up, and closed then (or when the
     * result is closed). Not {@code flatMap}: on Java 17, a flat-mapped stream read through its iterator, as a
     * tagging run reads it, pulls each inner stream whole into a buffer, all the documents of a JSON Lines file at
     * once.
     */
    static Stream<Input> concat(Iterator<Stream<Input>> streams) {
        Concat flat = new Concat(streams);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(flat, Spliterator.ORDERED), false)
                .onClose(flat::close);
    }

    private static final class Concat extends AbstractIterator<Input> {
        private final Iterator<Stream<Input>> streams;
        private Stream<Input> current;
        private Iterator<Input> it;

        Concat(Iterator<Stream<Input>> streams) {
            this.streams = streams;
        }

        @Override
        protected Input computeNext() {
            while (it == null || !it.hasNext()) {
                close();
                if (!streams.hasNext()) {
                    return endOfData();
                }
                current = streams.next();
                it = current.iterator();
            }
            return it.next();
        }

        void close() {
            if (current != null) {
                current.close();
                current = null;
                it = null;
            }
        }
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing after reading: nothing is lost
        }
    }
}
