package dev.claimdesk.dashboard.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects a projector's figures in memory, each into every roll-up row it adds to ({@link Rollup#cells}), and adds
 * them to the tables in one go.
 */
final class Tallies implements Projector.Sink {

    private final Map<Rollup.Cell, DashboardStore.Tally> counts = new HashMap<>();
    private final Map<DashboardStore.DurationKey, long[]> durations = new HashMap<>();

    @Override
    public void count(Projector.Key key, long n, BigDecimal amount) {
        for (Rollup.Cell cell : Rollup.cells(key)) {
            counts.computeIfAbsent(cell, k -> new DashboardStore.Tally()).add(n, amount);
        }
    }

    @Override
    public void duration(Projector.Key key, long workingMinutes) {
        long tenths = Rollup.bucket(workingMinutes / 6);
        for (Rollup.Cell cell : Rollup.cells(key)) {
            durations.computeIfAbsent(new DashboardStore.DurationKey(cell, tenths), k -> new long[1])[0]++;
        }
    }

    /** Whether one of the collected counts is of this figure. */
    boolean has(Figure figure) {
        return counts.keySet().stream().anyMatch(k -> k.figure() == figure);
    }

    void flushTo(DashboardStore store) {
        store.addCounts(counts);
        store.addDurations(durations);
        counts.clear();
        durations.clear();
    }
}
