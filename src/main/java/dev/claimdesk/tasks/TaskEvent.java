package dev.claimdesk.tasks;

import java.util.Map;

/** Published (after commit) when a task changes hands or is completed, for audit trails. */
public record TaskEvent(
        Type type,
        long taskKey,
        String taskName,
        String claimReference,
        String actor,
        String assignee,
        Map<String, Object> values) {

    public enum Type {
        CREATED,
        CLAIMED,
        UNCLAIMED,
        ASSIGNED,
        COMPLETED
    }
}
