package dev.claimdesk.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A human task as the back office shows it. {@code subject} is null for a task about no case; {@code reopened} is null
 * for a task that did not come back (the case's first task).
 */
public record TaskView(
        long key,
        String name,
        String processId,
        String elementId,
        long processInstanceKey,
        TaskSubject subject,
        SubjectFacts facts,
        Set<String> candidateGroups,
        String assignee,
        Instant dueAt,
        int priority,
        String formId,
        TaskState state,
        Instant createdAt,
        Instant completedAt,
        String completedBy,
        Map<String, Object> variables,
        Reopened reopened) {

    public boolean isOpen() {
        return state == TaskState.OPEN;
    }

    /** The task's name with the reference of what it is about ("Work claim of CLM-2026-000001"), for messages. */
    public String title() {
        return subject == null ? name : name + " of " + subject.reference();
    }

    /** The claim the task is about, or null when its subject is not a claim. */
    @JsonProperty
    public String claimReference() {
        return subject != null && subject.isClaim() ? subject.reference() : null;
    }
}
