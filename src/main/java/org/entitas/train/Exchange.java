package org.entitas.train;

import java.util.Arrays;

/**
 * One run of the exchange algorithm over word bigrams (see {@link WordClustering}). The objective is the
 * class bigram log likelihood up to constants: {@code sum N(c,d) log N(c,d) - sum Nl(c) log Nl(c) -
 * sum Nr(d) log Nr(d)}, with {@code N(c,d)} the count of class bigrams and {@code Nl}, {@code Nr} the counts
 * of classes as left and as right element. Not thread-safe: it holds the class counts it updates.
 */
final class Exchange {

    private final WordClustering.Bigrams b;
    private final int k;
    private final int[] classOf;
    private final long[][] pair;
    private final long[] left;
    private final long[] right;
    // per-word scratch: counts of the word's right and left neighbours by class, and the classes touched
    private final long[] toClass;
    private final long[] fromClass;
    private final int[] touched;
    private final boolean[] isTouched;

    Exchange(WordClustering.Bigrams bigrams, int classes) {
        this.b = bigrams;
        this.k = classes;
        int v = bigrams.next().length;
        classOf = new int[v];
        for (int w = 0; w < v; w++) {
            classOf[w] = w % k; // words come by falling frequency: frequent words spread over the classes
        }
        pair = new long[k][k];
        left = new long[k];
        right = new long[k];
        for (int w = 0; w < v; w++) {
            left[classOf[w]] += b.leftTotal()[w];
            right[classOf[w]] += b.rightTotal()[w];
            int[] next = b.next()[w];
            for (int j = 0; j < next.length; j++) {
                pair[classOf[w]][classOf[next[j]]] += b.nextCount()[w][j];
            }
        }
        toClass = new long[k];
        fromClass = new long[k];
        touched = new int[k];
        isTouched = new boolean[k];
    }

    /** Runs up to {@code passes} passes and returns the class of each word. */
    int[] run(int passes) {
        int v = classOf.length;
        for (int p = 0; p < passes; p++) {
            int moved = 0;
            for (int w = 0; w < v; w++) {
                if (move(w)) {
                    moved++;
                }
            }
            if (moved < Math.max(1, v / 1000)) {
                break;
            }
        }
        return classOf.clone();
    }

    private static double f(long x) {
        return x <= 0 ? 0 : x * Math.log(x);
    }

    /** Takes word w out of its class, puts it in the best class; true if that is another class. */
    private boolean move(int w) {
        int[] next = b.next()[w];
        int[] nextCount = b.nextCount()[w];
        int[] prev = b.prev()[w];
        int[] prevCount = b.prevCount()[w];
        long self = 0;
        for (int j = 0; j < next.length; j++) {
            if (next[j] == w) {
                self = nextCount[j];
            }
        }
        int n = gather(next, nextCount, w, toClass, 0);
        n = gather(prev, prevCount, w, fromClass, n);
        int old = classOf[w];
        update(w, old, n, self, -1);
        int best = old;
        double bestGain = gain(old, n, self, w);
        for (int c = 0; c < k; c++) {
            if (c != old) {
                double g = gain(c, n, self, w);
                if (g > bestGain + 1e-9) {
                    bestGain = g;
                    best = c;
                }
            }
        }
        update(w, best, n, self, +1);
        classOf[w] = best;
        for (int i = 0; i < n; i++) {
            int c = touched[i];
            isTouched[c] = false;
            toClass[c] = 0;
            fromClass[c] = 0;
        }
        return best != old;
    }

    /**
     * Adds the counts of word w's neighbours (w itself aside) into {@code into} by their class, noting in
     * {@link #touched} each class met for the first time; returns the number of classes touched so far.
     */
    private int gather(int[] neighbours, int[] counts, int w, long[] into, int n) {
        for (int j = 0; j < neighbours.length; j++) {
            if (neighbours[j] == w) {
                continue;
            }
            int c = classOf[neighbours[j]];
            if (!isTouched[c]) {
                isTouched[c] = true;
                touched[n++] = c;
            }
            into[c] += counts[j];
        }
        return n;
    }

    /** The change of the objective when word w (out of every class) joins class c. */
    private double gain(int c, int n, long self, int w) {
        double g = 0;
        long cc = self;
        for (int i = 0; i < n; i++) {
            int d = touched[i];
            if (d == c) {
                cc += toClass[d] + fromClass[d];
                continue;
            }
            if (toClass[d] > 0) {
                g += f(pair[c][d] + toClass[d]) - f(pair[c][d]);
            }
            if (fromClass[d] > 0) {
                g += f(pair[d][c] + fromClass[d]) - f(pair[d][c]);
            }
        }
        g += f(pair[c][c] + cc) - f(pair[c][c]);
        g -= f(left[c] + b.leftTotal()[w]) - f(left[c]);
        g -= f(right[c] + b.rightTotal()[w]) - f(right[c]);
        return g;
    }

    /** Adds (sign +1) or removes (sign -1) word w's counts to or from class c. */
    private void update(int w, int c, int n, long self, int sign) {
        long cc = self;
        for (int i = 0; i < n; i++) {
            int d = touched[i];
            if (d == c) {
                cc += toClass[d] + fromClass[d];
                continue;
            }
            pair[c][d] += sign * toClass[d];
            pair[d][c] += sign * fromClass[d];
        }
        pair[c][c] += sign * cc;
        left[c] += sign * b.leftTotal()[w];
        right[c] += sign * b.rightTotal()[w];
    }

    @Override
    public String toString() {
        return "Exchange[" + k + " classes, " + classOf.length + " words, " + Arrays.stream(left).sum() + " bigrams]";
    }
}
