package dev.claimdesk.workspace.internal;

import dev.claimdesk.workspace.SlaState;
import java.time.Instant;
import java.util.Set;

/**
 * One line of the task list: the open task and what the agent needs to know of its subject (a claim or another case)
 * without opening it, in words. The subject's columns are null for a task that has none; {@code link} is the page of
 * its subject (a claim's, an RTV case's), null when the subject has no page.
 */
public record TaskRow(
        long key,
        String name,
        String reference,
        boolean hasClaim,
        String link,
        String assignee,
        Instant dueAt,
        int priority,
        Set<String> candidateGroups,
        String category,
        String shop,
        String shopName,
        String country,
        String status,
        String orderNumber,
        SlaState sla,
        String remaining) {}
