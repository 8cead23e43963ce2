package dev.claimdesk.tasks;

import java.util.List;
import java.util.Map;

/**
 * A page of a search: the tasks, how many match in the queue searched, and how many each of the person's queues holds
 * with the same filters (the list's tabs). Counts stop at the request's cap (ADR 0190): a count above it means "more
 * than the cap", so that no page load counts a backlog of tens of thousands of tasks row by row.
 */
public record TaskPage(
        List<TaskView> tasks,
        TaskQuery.Queue queue,
        long total,
        Map<TaskQuery.Queue, Long> counts,
        int number,
        int size,
        long countCap) {

    /** Exact counts up to this many tasks; beyond it a page says "10,000+". */
    public static final long DEFAULT_COUNT_CAP = 10_000;

    /** Which page, of how many tasks (1 to 200), counting each queue up to {@code countCap} tasks. */
    public record Request(int number, int size, long countCap) {

        public Request {
            number = Math.max(number, 0);
            size = Math.clamp(size, 1, 200);
            countCap = Math.max(countCap, 1);
        }

        public Request(int number, int size) {
            this(number, size, DEFAULT_COUNT_CAP);
        }
    }

    /** The total is "more than the cap": only the first pages are known. */
    public boolean totalIsLowerBound() {
        return total > countCap;
    }

    public int pages() {
        long known = Math.max(1, (Math.min(total, countCap) + size - 1) / size);
        // past the known pages a page that has tasks is one of them too
        return (int) (totalIsLowerBound() && !tasks.isEmpty() ? Math.max(known, number + 1L) : known);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < pages() || (totalIsLowerBound() && tasks.size() == size);
    }

    public long first() {
        return total == 0 ? 0 : (long) number * size + 1;
    }

    public long last() {
        return (long) number * size + tasks.size();
    }

    /** The total as a person reads it: "1,234", or "10,000+" above the cap. */
    public String totalText() {
        return countText(total);
    }

    /** "Page 3 of 12", or "of 400+" when the total is above the cap. */
    public String pagesText() {
        return pages() + (totalIsLowerBound() ? "+" : "");
    }

    /** A queue's count as a person reads it. */
    public String countText(long count) {
        return count > countCap ? "%,d+".formatted(countCap) : "%,d".formatted(count);
    }
}
