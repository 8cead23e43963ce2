package dev.claimdesk.tasks;

/** Which tasks to list: {@code MINE} assigned to me, {@code TEAM} unassigned in my teams, {@code ALL} (supervisors). */
public record TaskQuery(Queue queue, String claimReference, int page, int size) {

    public enum Queue {
        MINE,
        TEAM,
        ALL
    }

    public static TaskQuery of(Queue queue) {
        return new TaskQuery(queue, null, 0, 50);
    }
}
