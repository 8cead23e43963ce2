package dev.claimdesk.tasks;

import java.util.List;
import java.util.Map;

/**
 * A page of a search: the tasks, how many match in the queue searched, and how many each of the person's queues holds
 * with the same filters (the list's tabs).
 */
public record TaskPage(
        List<TaskView> tasks,
        TaskQuery.Queue queue,
        long total,
        Map<TaskQuery.Queue, Long> counts,
        int number,
        int size) {

    /** Which page, of how many tasks (1 to 200). */
    public record Request(int number, int size) {

        public Request {
            number = Math.max(number, 0);
            size = Math.clamp(size, 1, 200);
        }
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < pages();
    }

    public long first() {
        return total == 0 ? 0 : (long) number * size + 1;
    }

    public long last() {
        return (long) number * size + tasks.size();
    }
}
