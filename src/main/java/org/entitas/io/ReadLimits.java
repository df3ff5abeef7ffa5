package org.entitas.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits that keep a bulk run's memory bounded whatever its input: a document, a JSON line or an archive member
 * larger than its limit, or a compressed file that inflates more than its ratio allows, becomes a failure naming the
 * limit and the byte position where it was passed, and the run goes on. Immutable.
 *
 * @param maxDocument the largest document, in bytes of UTF-8 (a text file, a decompressed {@code .gz}, a text
 *     member of an archive, an HTML page of a WARC file, standard input)
 * @param maxLine the largest line of a JSON Lines file, in bytes
 * @param maxMember the largest member of a zip or tar archive, in bytes once decompressed
 * @param maxInflation how many times its own size a compressed file (gzip, zip, tar.gz) may inflate to, in all;
 *     files under 1 MiB may inflate to {@code maxInflation} MiB
 */
public record ReadLimits(long maxDocument, long maxLine, long maxMember, long maxInflation) {

    /** 64 MiB documents and JSON lines, 256 MiB members, inflation up to 200 times. */
    public static final ReadLimits DEFAULTS = new ReadLimits(64L << 20, 64L << 20, 256L << 20, 200);

    /** The largest value a byte limit may have: what one Java array can hold. */
    public static final long MAX_BYTES = Integer.MAX_VALUE - 16;

    /** @throws IllegalArgumentException if a limit is not in [1, {@link #MAX_BYTES}] */
    public ReadLimits {
        checkArgument(maxDocument >= 1 && maxDocument <= MAX_BYTES, "maxDocument must be in [1, %s]: %s", MAX_BYTES,
                maxDocument);
        checkArgument(maxLine >= 1 && maxLine <= MAX_BYTES, "maxLine must be in [1, %s]: %s", MAX_BYTES, maxLine);
        checkArgument(maxMember >= 1 && maxMember <= MAX_BYTES, "maxMember must be in [1, %s]: %s", MAX_BYTES,
                maxMember);
        checkArgument(maxInflation >= 1, "maxInflation must be at least 1: %s", maxInflation);
    }

    /** How many bytes a compressed file of {@code compressedSize} bytes may inflate to. */
    long inflationBudget(long compressedSize) {
        long base = Math.max(compressedSize, 1L << 20);
        return base > Long.MAX_VALUE / maxInflation ? Long.MAX_VALUE : base * maxInflation;
    }
}
