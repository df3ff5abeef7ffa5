package org.entitas.bulk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.entitas.Mention;
import org.entitas.TaggedDocument;
import org.entitas.Token;

/**
 * Tags a stream of input records on several threads and writes every outcome, in input order, to a
 * {@link Sink}: each document ends as a result or as a failure, never lost. Memory is bounded by the number
 * of documents in flight ({@code 4 * threads}). One run per instance of the call; the extractor may be shared.
 */
public final class BulkRun {

    private BulkRun() {
    }

    /** One document's outcome. */
    private record Outcome(InputRecord record, TaggedDocument tagged, List<List<Token>> tokens, String failure) {
    }

    /**
     * Runs the extractor over {@code records}.
     *
     * @throws IOException if the output cannot be written (the journal then holds what was finished)
     */
    public static Summary run(EntityExtractor extractor, Stream<InputRecord> records, Sink sink, int threads,
            Progress progress) throws IOException {
        requireNonNull(extractor, "extractor must not be null");
        requireNonNull(records, "records must not be null");
        requireNonNull(sink, "sink must not be null");
        checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
        long startNanos = System.nanoTime();
        long[] skipped = new long[1];
        long read = 0;
        long tagged = 0;
        long failed = 0;
        long tokens = 0;
        Map<String, Long> entities = new TreeMap<>();
        Stream<InputRecord> todo = records.filter(r -> {
            if (sink.alreadyDone(r.id())) {
                skipped[0]++;
                return false;
            }
            return true;
        });
        boolean withTokens = sink.format().needsTokens();
        try (Stream<Outcome> outcomes = OrderedParallel.map(todo, r -> tag(extractor, r, withTokens), threads,
                4 * threads)) {
            Iterator<Outcome> it = outcomes.iterator();
            while (it.hasNext()) {
                Outcome o = it.next();
                read++;
                if (o.tagged() != null) {
                    sink.result(o.tagged(), ((InputRecord.Doc) o.record()).fields(), o.tokens());
                    tagged++;
                    tokens += o.tagged().tokens();
                    for (Mention m : o.tagged().mentions()) {
                        entities.merge(m.type().name(), 1L, Long::sum);
                    }
                    progress.document(true, o.tagged().tokens());
                } else {
                    sink.failure(o.record().id(), o.failure());
                    failed++;
                    progress.document(false, 0);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Summary(read, tagged, failed, skipped[0], tokens, entities,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private static Outcome tag(EntityExtractor extractor, InputRecord record, boolean withTokens) {
        if (record instanceof InputRecord.Failure f) {
            return new Outcome(record, null, null, f.reason());
        }
        InputRecord.Doc doc = (InputRecord.Doc) record;
        try {
            TaggedDocument tagged = extractor.extract(doc.document());
            List<List<Token>> tokens = withTokens ? extractor.tokenize(doc.document().text()) : List.of();
            return new Outcome(record, tagged, tokens, null);
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            return new Outcome(record, null, null, doc.id() + ": extraction failed: " + reason);
        }
    }
}
