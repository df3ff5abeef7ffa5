package org.entitas.cli;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.entitas.bulk.BulkRun;

/**
 * Shows how a bulk run goes, on standard error: a bar redrawn in place in a terminal (documents done and total
 * when known, documents and tokens per second, time left, failures so far), never wider than the terminal so that
 * it never wraps, a plain line every ten seconds otherwise, nothing when quiet. Counters may be updated from any
 * thread.
 */
final class Progress implements BulkRun.Listener, AutoCloseable {

    /** How progress is shown. */
    enum Mode { BAR, LINES, QUIET }

    /** Columns assumed when a terminal does not tell its width. */
    static final int DEFAULT_COLUMNS = 80;

    /**
     * How progress is shown, and the widest line it may draw.
     *
     * @param mode bar, lines or quiet
     * @param width the most characters a line may have: a bar's stays below its terminal's width, so that the
     *     cursor never moves to a new line and each redraw covers the one before
     */
    record Display(Mode mode, int width) {

        /** @throws IllegalArgumentException if the width is below 1 */
        public Display {
            requireNonNull(mode, "mode must not be null");
            if (width < 1) {
                throw new IllegalArgumentException("width must be at least 1: " + width);
            }
        }

        /**
         * The display for a run: quiet when asked; a bar one character narrower than the terminal ({@value
         * #DEFAULT_COLUMNS} columns when it does not say) when standard error is a terminal, whatever standard output
         * is; else plain lines of any width, for a log file.
         */
        static Display choose(boolean quiet, boolean stderrIsTerminal, OptionalInt columns) {
            requireNonNull(columns, "columns must not be null");
            if (quiet) {
                return new Display(Mode.QUIET, Integer.MAX_VALUE);
            }
            if (stderrIsTerminal) {
                return new Display(Mode.BAR, Math.max(1, columns.orElse(DEFAULT_COLUMNS) - 1));
            }
            return new Display(Mode.LINES, Integer.MAX_VALUE);
        }
    }

    private final PrintWriter err;
    private final Mode mode;
    private final int width;
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
    Progress(PrintWriter err, Mode mode, long total) {
        this(err, new Display(requireNonNull(mode, "mode must not be null"),
                mode == Mode.BAR ? DEFAULT_COLUMNS - 1 : Integer.MAX_VALUE), total);
    }

    /**
     * @param err where to write
     * @param display the mode, and the widest line
     * @param total the number of documents when known, else -1
     */
    Progress(PrintWriter err, Display display, long total) {
        this.err = requireNonNull(err, "err must not be null");
        this.mode = requireNonNull(display, "display must not be null").mode();
        this.width = display.width();
        this.total = total;
        if (mode == Mode.QUIET) {
            timer = null;
        } else {
            timer = Executors.newSingleThreadScheduledExecutor(
                    new ThreadFactoryBuilder().setDaemon(true).setNameFormat("entitas-progress").build());
            long period = mode == Mode.BAR ? 500 : 10_000;
            timer.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Counts one document done. */
    @Override
    public void document(boolean ok, long documentTokens) {
        done.incrementAndGet();
        if (!ok) {
            failed.incrementAndGet();
        }
        tokens.addAndGet(documentTokens);
    }

    /** The progress line, at most {@code width} characters: {@code line(seconds, width)} at the time elapsed. */
    String line(int width) {
        return line(Math.max((System.nanoTime() - start) / 1e9, 1e-3), width);
    }

    /**
     * The progress line after {@code seconds}, in the first of these forms that fits in {@code width}: everything;
     * without tokens per second; without the bar; documents and failures only, cut at the width.
     */
    String line(double seconds, int width) {
        long d = done.get();
        double rate = d / seconds;
        String bar = "";
        String count = String.format(Locale.ROOT, "%d documents", d);
        if (total >= 0) {
            int cells = 24;
            int filled = total == 0 ? cells : (int) Math.min(cells, cells * d / total);
            bar = "[" + "=".repeat(filled) + " ".repeat(cells - filled) + "] ";
            count = String.format(Locale.ROOT, "%d/%d documents", d, total);
        }
        String docs = String.format(Locale.ROOT, ", %.1f docs/s", rate);
        String toks = String.format(Locale.ROOT, ", %.0f tokens/s", tokens.get() / seconds);
        String eta = "";
        if (total > 0 && rate > 0 && d < total) {
            long left = (long) ((total - d) / rate);
            eta = String.format(Locale.ROOT, ", ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60);
        }
        String fails = String.format(Locale.ROOT, ", %d failed", failed.get());
        for (String line : new String[] {bar + count + docs + toks + eta + fails, bar + count + docs + eta + fails,
                count + docs + eta + fails}) {
            if (line.length() <= width) {
                return line;
            }
        }
        String shortest = count + fails;
        return shortest.length() <= width ? shortest : shortest.substring(0, width);
    }

    private synchronized void show() {
        if (mode == Mode.BAR) {
            err.print("\r" + line(width) + "\u001b[K");
        } else {
            err.println("entitas: " + line(width));
        }
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            if (mode == Mode.BAR) {
                err.print("\r" + line(width) + "\u001b[K\n");
                err.flush();
            }
        }
    }
}
