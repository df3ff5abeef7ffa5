package org.entitas.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of work started on a daemon thread of its own, whose result the starter takes later: how model
 * loading overlaps its parts (a one-sentence run spends most of its time reading models, before the JIT has
 * compiled anything, with a second core idle). Thread-safe.
 *
 * @param <T> the result
 */
public final class Background<T> {

    private final FutureTask<T> task;

    private Background(Callable<T> work, String threadName) {
        task = new FutureTask<>(work);
        Thread t = new Thread(task, threadName);
        t.setDaemon(true);
        t.start();
    }

    /** Starts {@code work} on a new daemon thread named {@code threadName}. */
    public static <T> Background<T> start(String threadName, Callable<T> work) {
        return new Background<>(requireNonNull(work, "work must not be null"),
                requireNonNull(threadName, "threadName must not be null"));
    }

    /**
     * Throws {@code cause} itself when it is unchecked (a {@link RuntimeException} or an {@link Error}); otherwise
     * returns it wrapped in an {@link IllegalStateException}, for the caller to throw: what a task's
     * {@code ExecutionException} becomes for the thread that takes its result.
     */
    static IllegalStateException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    /**
     * Waits for the result (an interrupt is kept for later, not lost) and returns it, or throws what the work threw:
     * an {@link IOException}, an unchecked exception or an error as it was, another exception wrapped in an
     * {@link IllegalStateException}.
     */
    public T get() throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw unchecked(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
