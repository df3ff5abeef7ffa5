package org.entitas.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
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
 * the end) stops the work in flight and closes the input stream. An exception thrown by the work is rethrown,
 * unwrapped, where its result would have been read; one thrown by the input, once the results of the items read
 * before it are read, so that none of them is lost.
 *
 * <p>The work runs on threads of the run's own ({@link #map(Stream, Function, int, int)}) or on an executor shared
 * with other runs ({@link #map(Stream, Function, ExecutorService, int, Wait)}, a server's workers), where the caller
 * says how a result is waited for: with a time limit, say, and a result standing in for one that is late.
 */
public final class OrderedParallel {

    private static final AtomicInteger POOLS = new AtomicInteger();

    /**
     * How the consuming thread takes the result of an item from its future.
     *
     * @param <T> the items
     * @param <R> the results
     */
    @FunctionalInterface
    public interface Wait<T, R> {
        /**
         * The result of {@code item}: what {@code result} gives, or one standing in for it (the wait may cancel
         * the future).
         *
         * @throws InterruptedException if the consuming thread is interrupted while waiting
         * @throws ExecutionException if the work threw
         */
        R take(T item, Future<R> result) throws InterruptedException, ExecutionException;
    }

    private OrderedParallel() {
    }

    /**
     * Maps on {@code threads} worker threads of the run's own, stopped when the stream is closed.
     *
     * @param input the items, read by the consuming thread as results are needed
     * @param work what to do with each item; it runs on the worker threads
     * @param threads the number of worker threads, at least 1
     * @param window the most items in flight at once, at least {@code threads}
     * @throws IllegalArgumentException if {@code threads} or {@code window} is out of range
     */
    public static <T, R> Stream<R> map(Stream<T> input, Function<? super T, ? extends R> work, int threads,
            int window) {
        checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
        checkArgument(window >= threads, "window must be at least threads (%s): %s", threads, window);
        ThreadFactory factory = new ThreadFactoryBuilder().setDaemon(true)
                .setNameFormat("entitas-" + POOLS.incrementAndGet() + "-worker-%d").build();
        ExecutorService executor = Executors.newFixedThreadPool(threads, factory);
        return OrderedParallel.<T, R>window(input, work, executor, window, (item, result) -> result.get(),
                executor::shutdown)
                .onClose(executor::shutdownNow);
    }

    /**
     * Maps on an executor shared with other work, which the run leaves running; closing the stream cancels the
     * items in flight.
     *
     * @param input the items, read by the consuming thread as results are needed
     * @param work what to do with each item; it runs on the executor
     * @param executor where the work runs
     * @param window the most items in flight at once, at least 1
     * @param wait how each result is taken from its future
     * @throws IllegalArgumentException if {@code window} is out of range
     */
    public static <T, R> Stream<R> map(Stream<T> input, Function<? super T, ? extends R> work,
            ExecutorService executor, int window, Wait<? super T, R> wait) {
        requireNonNull(executor, "executor must not be null");
        requireNonNull(wait, "wait must not be null");
        checkArgument(window >= 1, "window must be at least 1: %s", window);
        return window(input, work, executor, window, wait, () -> { });
    }

    /** An item in flight and its result to come. */
    private record Pending<T, R>(T item, Future<R> result) {
    }

    /** The ordered window over {@code executor}; {@code done} runs once the last result is taken. */
    private static <T, R> Stream<R> window(Stream<T> input, Function<? super T, ? extends R> work,
            ExecutorService executor, int window, Wait<? super T, R> wait, Runnable done) {
        requireNonNull(input, "input must not be null");
        requireNonNull(work, "work must not be null");
        Iterator<T> source = input.iterator();
        Deque<Pending<T, R>> inFlight = new ArrayDeque<>();
        Iterator<R> results = new Iterator<>() {
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
                    Future<R> result = executor.submit(() -> work.apply(item));
                    inFlight.add(new Pending<>(item, result));
                }
                if (inFlight.isEmpty()) {
                    done.run();
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
                Pending<T, R> next = inFlight.poll();
                try {
                    return wait.take(next.item(), next.result());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted while waiting for a result");
                } catch (ExecutionException e) {
                    throw Background.unchecked(e.getCause());
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED), false)
                .onClose(() -> inFlight.forEach(p -> p.result().cancel(true)))
                .onClose(input::close);
    }
}
