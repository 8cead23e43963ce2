package dev.claimdesk.workspace.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.workspace.SlaState;
import java.time.Instant;
import java.util.List;

/**
 * One line of the task list: the open task and what the agent needs to know of its claim without opening it. The
 * claim's columns are null for a task that has no claim.
 */
public record TaskRow(
        long key,
        String name,
        String claimReference,
        String assignee,
        Instant dueAt,
        int priority,
        Instant createdAt,
        List<String> candidateGroups,
        ClaimCategory category,
        String shop,
        String shopName,
        String country,
        ClaimStatus claimStatus,
        String orderNumber,
        SlaState sla,
        String remaining) {

    public boolean hasClaim() {
        return category != null;
    }
}
