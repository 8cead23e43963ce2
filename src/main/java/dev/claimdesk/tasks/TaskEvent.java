package dev.claimdesk.tasks;

import java.util.Map;

/**
 * Published in the task's transaction when a task is created, changes hands or is completed: a listener before commit
 * (the audit trail) writes in that transaction, one after commit sees it done.
 */
public record TaskEvent(
        Type type,
        long taskKey,
        String taskName,
        TaskSubject subject,
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

    /** The claim the task is about, or null. */
    public String claimReference() {
        return subject != null && subject.isClaim() ? subject.reference() : null;
    }
}
