package dev.claimdesk.dashboard.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects a projector's figures in memory, by day and into every monthly roll-up row they add to
 * ({@link Rollup#cells}), and adds them to the tables in one go.
 */
final class Tallies implements Projector.Sink {

    private final Map<Projector.Key, DashboardStore.Tally> counts = new HashMap<>();
    private final Map<DashboardStore.DurationKey, long[]> durations = new HashMap<>();
    private final Map<Rollup.Cell, DashboardStore.Tally> monthlyCounts = new HashMap<>();
    private final Map<DashboardStore.MonthlyDurationKey, long[]> monthlyDurations = new HashMap<>();

    @Override
    public void count(Projector.Key key, long n, BigDecimal amount) {
        counts.computeIfAbsent(key, k -> new DashboardStore.Tally()).add(n, amount);
        for (Rollup.Cell cell : Rollup.cells(key)) {
            monthlyCounts.computeIfAbsent(cell, k -> new DashboardStore.Tally()).add(n, amount);
        }
    }

    @Override
    public void duration(Projector.Key key, long workingMinutes) {
        durations.computeIfAbsent(DashboardStore.DurationKey.of(key, workingMinutes), k -> new long[1])[0]++;
        long tenths = Rollup.bucket(workingMinutes / 6);
        for (Rollup.Cell cell : Rollup.cells(key)) {
            monthlyDurations
                    .computeIfAbsent(new DashboardStore.MonthlyDurationKey(cell, tenths), k -> new long[1])[0]++;
        }
    }

    /** Whether one of the collected counts is of this figure. */
    boolean has(Figure figure) {
        return counts.keySet().stream().anyMatch(k -> k.figure() == figure);
    }

    void flushTo(DashboardStore store) {
        store.addCounts(counts, monthlyCounts);
        store.addDurations(durations, monthlyDurations);
        counts.clear();
        durations.clear();
        monthlyCounts.clear();
        monthlyDurations.clear();
    }
}
