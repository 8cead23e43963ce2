package dev.claimdesk.tasks;

import java.time.Instant;

/**
 * Which open tasks to find: a queue and filters, all optional. Due bounds are instants, so each caller decides what
 * "today" or "breached" means in its own zone: {@code dueFrom}/{@code dueTo} include the bound, {@code dueAfter}/
 * {@code dueBefore} exclude it. Text matches the beginning of the subject's reference, order number, shop code or
 * shop name.
 *
 * @param queue {@code MINE}, {@code TEAM}, {@code ALL}; null = mine if I have any, else my teams'
 * @param reopenedBy only tasks that came back for this reason ({@link Reopened#reason()}), or null
 */
public record TaskQuery(
        Queue queue,
        String subjectReference,
        String category,
        String country,
        String team,
        String status,
        Instant dueFrom,
        Instant dueTo,
        Instant dueAfter,
        Instant dueBefore,
        boolean withoutDue,
        String text,
        Sort sort,
        String reopenedBy) {

    /** {@code MINE} assigned to me, {@code TEAM} unassigned in my teams, {@code ALL} (supervisors). */
    public enum Queue {
        MINE,
        TEAM,
        ALL
    }

    public enum Sort {
        /** Earliest deadline first, then the higher priority. */
        DUE,
        /** Highest priority first, then the earliest deadline. */
        PRIORITY
    }

    public TaskQuery {
        sort = sort == null ? Sort.DUE : sort;
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static TaskQuery of(Queue queue) {
        return new TaskQuery(queue, null, null, null, null, null, null, null, null, null, false, null, Sort.DUE, null);
    }

    /** No filter but due-time bounds: the team queue then reads its own rows, which carry the due time. */
    public boolean dueBoundsOnly() {
        return subjectReference == null
                && category == null
                && country == null
                && team == null
                && status == null
                && !withoutDue
                && text == null
                && reopenedBy == null;
    }

    public TaskQuery withSubjectReference(String reference) {
        return new TaskQuery(
                queue,
                reference,
                category,
                country,
                team,
                status,
                dueFrom,
                dueTo,
                dueAfter,
                dueBefore,
                withoutDue,
                text,
                sort,
                reopenedBy);
    }
}
