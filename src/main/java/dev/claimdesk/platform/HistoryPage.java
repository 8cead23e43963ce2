package dev.claimdesk.platform;

import java.util.List;

/**
 * One page of a module's stored history, replayed as the events it published when it was written, whole cases at a
 * time (every entry of a case is in the same page), so that a read model can rebuild itself in constant memory.
 *
 * @param events the entries' events, case by case, each case's in the order they were written
 * @param cases how many cases the page holds
 * @param next the cursor of the next page (pass it back); the history has no more pages when {@code cases} is 0
 */
public record HistoryPage<E>(List<E> events, int cases, long next) {

    public HistoryPage {
        events = List.copyOf(events);
    }

    public boolean isEmpty() {
        return cases == 0;
    }
}
