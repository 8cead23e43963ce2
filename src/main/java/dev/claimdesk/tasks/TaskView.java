package dev.claimdesk.tasks;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A human task as the back office shows it. */
public record TaskView(
        long key,
        String name,
        String processId,
        String elementId,
        long processInstanceKey,
        String claimReference,
        Set<String> candidateGroups,
        String assignee,
        Instant dueAt,
        int priority,
        String formId,
        TaskState state,
        Instant createdAt,
        Instant completedAt,
        String completedBy,
        Map<String, Object> variables) {

    public boolean isOpen() {
        return state == TaskState.OPEN;
    }
}
