package org.entitas.bulk;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What a bulk run did. {@code read == tagged + failed}: every document read ends as a result or a failure.
 * Immutable.
 *
 * @param read documents read in this run (not counting those a resumed run skipped)
 * @param tagged documents tagged and written
 * @param failed documents recorded as failures
 * @param skipped documents skipped because an earlier run had done them ({@code --resume})
 * @param tokens tokens in the tagged documents
 * @param entities mentions written, by type
 * @param wallTime how long the run took
 */
public record Summary(long read, long tagged, long failed, long skipped, long tokens, Map<String, Long> entities,
        Duration wallTime) {

    public Summary {
        entities = ImmutableSortedMap.copyOf(requireNonNull(entities, "entities must not be null"));
        requireNonNull(wallTime, "wallTime must not be null");
    }

    /** The summary as a few lines of text. */
    public String describe() {
        double seconds = Math.max(wallTime.toMillis(), 1) / 1000.0;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "documents: %d read, %d tagged, %d failed", read, tagged, failed));
        if (skipped > 0) {
            sb.append(String.format(Locale.ROOT, ", %d skipped (done by an earlier run)", skipped));
        }
        sb.append(String.format(Locale.ROOT, "%ntokens: %d; entities: %d %s%nwall time: %.1f s (%.1f documents/s,"
                        + " %.0f tokens/s)", tokens, entities.values().stream().mapToLong(Long::longValue).sum(),
                entities, seconds, read / seconds, tokens / seconds));
        return sb.toString();
    }
}
