package dev.claimdesk.dashboard.internal;

import java.util.Map;
import java.util.SortedMap;

/** Nearest-rank percentiles over counted values (tenths of an hour -> how many samples). */
final class Percentiles {

    private Percentiles() {}

    /** The smallest value with at least p% of the samples at or below it, in hours; null without samples. */
    static Double of(SortedMap<Long, Long> counts, int percent) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(percent / 100.0 * total);
        long seen = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (seen >= Math.max(rank, 1)) {
                return e.getKey() / 10.0;
            }
        }
        return counts.lastKey() / 10.0;
    }
}
