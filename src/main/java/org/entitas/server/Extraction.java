package org.entitas.server;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.Failure;
import org.entitas.Result;
import org.entitas.TaggedDocument;
import org.entitas.internal.OrderedParallel;

/**
 * Where documents are tagged: {@code threads} workers shared by all requests, and an admission of at most
 * {@code threads + queue} requests at a time (the others get 503 with {@code Retry-After}). Each document has
 * {@code timeout} from its submission to be tagged; past that the request gets 504 (the answer of a batch a
 * failure record). Thread-safe.
 */
final class Extraction {

    /** Receives the results of a batch, in input order. */
    interface Results {
        void accept(Result result) throws IOException;
    }

    private final CompletableFuture<EntityExtractor> extractor;
    private final ThreadPoolExecutor workers;
    private final Semaphore admission;
    private final int threads;
    private final Duration timeout;
    private final AtomicInteger inFlight = new AtomicInteger();

    Extraction(CompletableFuture<EntityExtractor> extractor, int threads, int queue, Duration timeout) {
        this.extractor = extractor;
        this.threads = threads;
        this.timeout = timeout;
        this.admission = new Semaphore(threads + queue);
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                EntityServer.daemonThreads("entitas-worker"));
    }

    /** The extractor once loaded; 503 while loading, 503 naming the reason if loading failed. */
    EntityExtractor extractor() throws HttpError {
        if (!extractor.isDone()) {
            throw HttpError.busy("the models are loading");
        }
        try {
            return extractor.getNow(null);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new HttpError(503, "the models could not be loaded: " + cause.getMessage());
        }
    }

    /** Requests admitted and not yet answered. */
    int inFlight() {
        return inFlight.get();
    }

    /** Tags one document on a worker. */
    TaggedDocument one(Document document) throws HttpError {
        EntityExtractor e = extractor();
        admit();
        try {
            Result r = await(workers.submit(() -> e.result(document)));
            if (r instanceof Failure f) {
                throw new HttpError(500, f.reason());
            }
            return (TaggedDocument) r;
        } finally {
            release();
        }
    }

    /**
     * Tags documents on the workers, at most {@code 2 * threads} of them in flight, and hands the results to
     * {@code out} in input order: the extractor's run ({@link OrderedParallel}, each document tagged by
     * {@link EntityExtractor#result(org.entitas.Input)}) on the workers shared by all requests. A document that fails or runs
     * out of time is a {@link Failure}.
     */
    void batch(List<Document> documents, Results out) throws HttpError, IOException {
        EntityExtractor e = extractor();
        admit();
        try (Stream<Result> results = OrderedParallel.map(documents.stream(), e::result, workers, 2 * threads,
                this::awaitOrFailure)) {
            for (Iterator<Result> r = results.iterator(); r.hasNext(); ) {
                out.accept(r.next());
            }
        } finally {
            release();
        }
    }

    /** The result of a document, or a failure saying why there is none in time. */
    private Result awaitOrFailure(Document document, Future<Result> result) {
        try {
            return await(result);
        } catch (HttpError failed) {
            return new Failure(document.id(), document.id() + ": " + failed.getMessage());
        }
    }

    private Result await(Future<Result> f) throws HttpError {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException x) {
            f.cancel(true);
            throw new HttpError(504, "the document took longer than the time limit of " + timeout.toMillis() + " ms");
        } catch (ExecutionException x) {
            throw new HttpError(500, "extraction failed");
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new HttpError(503, "the server is stopping");
        }
    }

    private void admit() throws HttpError {
        if (!admission.tryAcquire()) {
            throw HttpError.busy("the server is busy: " + threads + " workers and the queue are full");
        }
        inFlight.incrementAndGet();
    }

    private void release() {
        inFlight.decrementAndGet();
        admission.release();
    }

    /** Stops the workers once their tasks are done (the server stopped taking requests before). */
    void shutdown() {
        workers.shutdown();
    }
}
