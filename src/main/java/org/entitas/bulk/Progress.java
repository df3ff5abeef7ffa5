package org.entitas.bulk;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows how a bulk run goes, on standard error: a bar redrawn in place in a terminal (documents done and total
 * when known, documents and tokens per second, time left, failures so far), a plain line every ten seconds
 * otherwise, nothing when quiet. Counters may be updated from any thread.
 */
public final class Progress implements AutoCloseable {

    /** How progress is shown. */
    public enum Mode { BAR, LINES, QUIET }

    private final PrintWriter err;
    private final Mode mode;
    private final long total;
    private final long start = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final ScheduledExecutorService timer;

    /**
     * @param err where to write
     * @param mode bar, lines or quiet
     * @param total the number of documents when known, else -1
     */
    public Progress(PrintWriter err, Mode mode, long total) {
        this.err = requireNonNull(err, "err must not be null");
        this.mode = requireNonNull(mode, "mode must not be null");
        this.total = total;
        if (mode == Mode.QUIET) {
            timer = null;
        } else {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "entitas-progress");
                t.setDaemon(true);
                return t;
            });
            long period = mode == Mode.BAR ? 500 : 10_000;
            timer.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Counts one document done. */
    public void document(boolean ok, long documentTokens) {
        done.incrementAndGet();
        if (!ok) {
            failed.incrementAndGet();
        }
        tokens.addAndGet(documentTokens);
    }

    String line() {
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
        long d = done.get();
        double rate = d / seconds;
        StringBuilder sb = new StringBuilder();
        if (total >= 0) {
            int width = 24;
            int filled = total == 0 ? width : (int) Math.min(width, width * d / total);
            sb.append('[').append("=".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%d/%d documents", d, total));
        } else {
            sb.append(String.format(Locale.ROOT, "%d documents", d));
        }
        sb.append(String.format(Locale.ROOT, ", %.1f docs/s, %.0f tokens/s", rate, tokens.get() / seconds));
        if (total > 0 && rate > 0 && d < total) {
            long left = (long) ((total - d) / rate);
            sb.append(String.format(Locale.ROOT, ", ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60));
        }
        sb.append(String.format(Locale.ROOT, ", %d failed", failed.get()));
        return sb.toString();
    }

    private synchronized void show() {
        if (mode == Mode.BAR) {
            err.print("\r" + line() + "\u001b[K");
        } else {
            err.println("entitas: " + line());
        }
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            if (mode == Mode.BAR) {
                err.print("\r" + line() + "\u001b[K\n");
                err.flush();
            }
        }
    }
}
