package dev.claimdesk.dashboard.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Collects a projector's figures in memory and adds them to the tables in one go. */
final class Tallies implements Projector.Sink {

    private final Map<Projector.Key, DashboardStore.Tally> counts = new HashMap<>();
    private final Map<DashboardStore.DurationKey, long[]> durations = new HashMap<>();

    @Override
    public void count(Projector.Key key, long n, BigDecimal amount) {
        counts.computeIfAbsent(key, k -> new DashboardStore.Tally()).add(n, amount);
    }

    @Override
    public void duration(Projector.Key key, long workingMinutes) {
        durations.computeIfAbsent(DashboardStore.DurationKey.of(key, workingMinutes), k -> new long[1])[0]++;
    }

    /** Whether one of the collected counts is of this figure. */
    boolean has(Figure figure) {
        return counts.keySet().stream().anyMatch(k -> k.figure() == figure);
    }

    int size() {
        return counts.size() + durations.size();
    }

    void flushTo(DashboardStore store) {
        store.addCounts(counts);
        store.addDurations(durations);
        counts.clear();
        durations.clear();
    }
}
