package org.entitas.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps a stream on several threads, keeping the input order and a bounded number of items in flight, so that
 * memory stays flat however long the input is.
 *
 * <pre>{@code
 * try (Stream<R> out = OrderedParallel.map(input, work, 4, 16)) { out.forEach(...); }
 * }</pre>
 *
 * <p>The returned stream is sequential, lazy and must be consumed by one thread; closing it (or reading it to
 * the end) stops the worker threads and closes the input stream. An exception thrown by the work is rethrown,
 * unwrapped, where its result would have been read; one thrown by the input, once the results of the items read
 * before it are read, so that none of them is lost.
 */
public final class OrderedParallel {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private OrderedParallel() {
    }

    /**
     * @param input the items, read by the consuming thread as results are needed
     * @param work what to do with each item; it runs on the worker threads
     * @param threads the number of worker threads, at least 1
     * @param window the most items in flight at once, at least {@code threads}
     * @throws IllegalArgumentException if {@code threads} or {@code window} is out of range
     */
    public static <T, R> Stream<R> map(Stream<T> input, Function<? super T, ? extends R> work, int threads,
            int window) {
        requireNonNull(input, "input must not be null");
        requireNonNull(work, "work must not be null");
        checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
        checkArgument(window >= threads, "window must be at least threads (%s): %s", threads, window);
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "entitas-" + pool + "-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService executor = Executors.newFixedThreadPool(threads, factory);
        Iterator<T> source = input.iterator();
        Iterator<R> results = new Iterator<>() {
            private final Deque<Future<R>> inFlight = new ArrayDeque<>();
            /** What the input threw; rethrown once the results of the items read before it are read. */
            private RuntimeException inputFailure;
            private Error inputError;

            private void fill() {
                while (inputFailure == null && inputError == null && inFlight.size() < window) {
                    T item;
                    try {
                        if (!source.hasNext()) {
                            break;
                        }
                        item = source.next();
                    } catch (RuntimeException e) {
                        inputFailure = e;
                        break;
                    } catch (Error e) {
                        inputError = e;
                        break;
                    }
                    inFlight.add(executor.submit(() -> work.apply(item)));
                }
                if (inFlight.isEmpty()) {
                    executor.shutdown();
                    if (inputFailure != null) {
                        throw inputFailure;
                    }
                    if (inputError != null) {
                        throw inputError;
                    }
                }
            }

            @Override
            public boolean hasNext() {
                fill();
                return !inFlight.isEmpty();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Future<R> next = inFlight.poll();
                try {
                    return next.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted while waiting for a result");
                } catch (ExecutionException e) {
                    throw Background.unchecked(e.getCause());
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED), false)
                .onClose(executor::shutdownNow)
                .onClose(input::close);
    }
}
