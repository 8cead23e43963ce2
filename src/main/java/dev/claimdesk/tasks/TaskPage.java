package dev.claimdesk.tasks;

import dev.claimdesk.platform.PageCount;
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
    public static final long DEFAULT_COUNT_CAP = PageCount.DEFAULT_CAP;

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

    /** Where this page stands in its queue, with the count's cap. */
    private PageCount count() {
        return new PageCount(total, countCap, number, size, tasks.size());
    }

    /** The total is "more than the cap": only the first pages are known. */
    public boolean totalIsLowerBound() {
        return count().totalIsLowerBound();
    }

    public int pages() {
        return count().pages();
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return count().hasNext();
    }

    public long first() {
        return count().first();
    }

    public long last() {
        return count().last();
    }

    /** The total as a person reads it: "1,234", or "10,000+" above the cap. */
    public String totalText() {
        return count().totalText();
    }

    /** "Page 3 of 12", or "of 400+" when the total is above the cap. */
    public String pagesText() {
        return count().pagesText();
    }

    /** A queue's count as a person reads it. */
    public String countText(long count) {
        return count().countText(count);
    }
}
