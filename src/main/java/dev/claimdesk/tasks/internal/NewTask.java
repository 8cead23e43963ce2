package dev.claimdesk.tasks.internal;

import java.time.Instant;
import java.util.Set;

/** What a user-task job says about the task it stands for. */
record NewTask(
        long jobKey,
        long processInstanceKey,
        long elementInstanceKey,
        String processId,
        String elementId,
        String name,
        String claimReference,
        Set<String> candidateGroups,
        String assignee,
        Instant dueAt,
        int priority,
        String formId,
        String variablesJson) {}
