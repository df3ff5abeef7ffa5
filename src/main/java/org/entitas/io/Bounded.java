package org.entitas.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reading with limits: whole documents read up to a size, and compressed streams that may inflate only so far.
 * Stateless, apart from the streams it makes (one reader each).
 */
final class Bounded {

    private Bounded() {
    }

    /** A limit passed: the message names the source, the limit, its option and the byte position. */
    static final class LimitException extends IOException {
        LimitException(String message) {
            super(message);
        }
    }

    /**
     * Reads a stream to its end, at most {@code max} bytes.
     *
     * @param what the limit, for the message ({@code "the document limit (--max-document)"})
     * @throws LimitException if there are more than {@code max} bytes (reading stops at the first one past it)
     */
    static byte[] readAll(InputStream in, long max, String id, String what) throws IOException {
        byte[] buf = new byte[(int) Math.min(max + 1, 1 << 16)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n > max) {
                    throw tooLarge(id, max, what);
                }
                buf = Arrays.copyOf(buf, (int) Math.min(max + 1, (long) buf.length * 2));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        if (n > max) {
            throw tooLarge(id, max, what);
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    static LimitException tooLarge(String id, long max, String what) {
        return new LimitException(id + ": larger than " + what + " of " + max + " bytes (byte " + (max + 1)
                + " reached); not read");
    }

    /**
     * A stream that fails once more than {@code budget} bytes were read from it: put over the decompressed side
     * of a compressed file, it stops a bomb early.
     */
    static InputStream inflation(InputStream in, long budget, long compressedSize, long ratio, String id) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int r = super.read(b, off, len);
                if (r > 0) {
                    count(r);
                }
                return r;
            }

            @Override
            public long skip(long n) throws IOException {
                long s = super.skip(n);
                count(s);
                return s;
            }

            private void count(long n) throws IOException {
                count += n;
                if (count > budget) {
                    throw new LimitException(id + ": inflates past the inflation limit (--max-inflation " + ratio
                            + " times its " + compressedSize + " bytes, at least " + ratio + " MiB: " + budget
                            + " bytes) at byte " + count + " of its decompressed content; the rest is not read");
                }
            }
        };
    }
}
