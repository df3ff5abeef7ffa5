package org.entitas.bulk;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.entitas.Failure;
import org.entitas.Input;
import org.entitas.Mention;
import org.entitas.Result;
import org.entitas.TaggedDocument;

/**
 * Runs the extractor's tagging run ({@link EntityExtractor#extractAll(Stream, int)}) over a stream of inputs and
 * hands every result, in input order, to a {@link Target} (a {@link Sink} writing files, or the graph and pages
 * being built): each document ends as a result or as a failure, never lost. Inputs that a resumed run already did
 * are skipped. Memory is bounded by the documents in flight. One run
 * per call; the extractor may be shared.
 */
public final class BulkRun {

    private BulkRun() {
    }

    /**
     * Hears of each document as the run finishes it (a progress display, counters), on the thread that reads the
     * run's results.
     */
    @FunctionalInterface
    public interface Listener {
        /** Hears of nothing. */
        Listener NONE = (ok, tokens) -> { };

        /**
         * One document done.
         *
         * @param ok whether it was tagged (else it failed)
         * @param tokens its tokens, 0 for a failure
         */
        void document(boolean ok, long tokens);
    }

    /** Where a run's results go, in input order, on the thread that reads the run's results. */
    public interface Target {
        /** Whether an earlier run (being resumed) already did the input with this id; none by default. */
        default boolean alreadyDone(String id) {
            return false;
        }

        /** Why a tagged document cannot be taken (it is then a failure), or empty; none is refused by default. */
        default Optional<String> refusal(TaggedDocument tagged) {
            return Optional.empty();
        }

        /** Takes one tagged document. */
        void result(TaggedDocument tagged) throws IOException;

        /** Takes one failed input. */
        void failure(String id, String reason) throws IOException;
    }

    /**
     * Runs the extractor over {@code inputs}, telling {@code listener} of each document done.
     *
     * @throws IOException if the output cannot be written (the journal then holds what was finished)
     * @throws IllegalArgumentException if {@code threads} is out of the extractor's range
     */
    public static Summary run(EntityExtractor extractor, Stream<? extends Input> inputs, Target sink, int threads,
            Listener listener) throws IOException {
        requireNonNull(extractor, "extractor must not be null");
        requireNonNull(inputs, "inputs must not be null");
        requireNonNull(sink, "sink must not be null");
        requireNonNull(listener, "listener must not be null");
        long startNanos = System.nanoTime();
        long[] skipped = new long[1];
        long read = 0;
        long tagged = 0;
        long failed = 0;
        long tokens = 0;
        Map<String, Long> entities = new TreeMap<>();
        Stream<? extends Input> todo = inputs.filter(r -> {
            if (sink.alreadyDone(r.id())) {
                skipped[0]++;
                return false;
            }
            return true;
        });
        try (Stream<Result> results = extractor.extractAll(todo, threads)) {
            Iterator<Result> it = results.iterator();
            while (it.hasNext()) {
                Result r = it.next();
                read++;
                Optional<String> refused = r instanceof TaggedDocument t ? sink.refusal(t) : Optional.empty();
                if (refused.isPresent()) {
                    sink.failure(r.id(), refused.get());
                    failed++;
                    listener.document(false, 0);
                } else if (r instanceof TaggedDocument t) {
                    sink.result(t);
                    tagged++;
                    int count = t.tokenCount();
                    tokens += count;
                    for (Mention m : t.mentions()) {
                        entities.merge(m.type().name(), 1L, Long::sum);
                    }
                    listener.document(true, count);
                } else {
                    Failure f = (Failure) r;
                    sink.failure(f.id(), f.reason());
                    failed++;
                    listener.document(false, 0);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Summary(read, tagged, failed, skipped[0], tokens, entities,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
