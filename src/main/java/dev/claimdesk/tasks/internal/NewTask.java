package dev.claimdesk.tasks.internal;

import dev.claimdesk.tasks.Reopened;
import dev.claimdesk.tasks.SubjectFacts;
import dev.claimdesk.tasks.TaskSubject;
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
        TaskSubject subject,
        SubjectFacts facts,
        Set<String> candidateGroups,
        String assignee,
        Instant dueAt,
        int priority,
        String formId,
        String variablesJson,
        Reopened reopened) {}
