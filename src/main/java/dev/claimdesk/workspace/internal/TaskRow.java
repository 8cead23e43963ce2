package dev.claimdesk.workspace.internal;

import dev.claimdesk.workspace.SlaState;
import java.time.Instant;
import java.util.Set;

/**
 * One line of the task list: the open task and what the agent needs to know of its subject (a claim or another case)
 * without opening it, in words. The subject's columns are null for a task that has none; {@code link} is the page of
 * its subject (a claim's, an RTV case's), null when the subject has no page. {@code teams} are the task's queues by
 * name; {@code sellerRepliedAt} / {@code sellerRepliedAgo} say since when a task that came back after the seller's
 * reply waits (null otherwise).
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
        String remaining,
        String teams,
        Instant sellerRepliedAt,
        String sellerRepliedAgo) {

    /** The task came back because the seller answered (the list marks it "Seller replied"). */
    public boolean sellerReplied() {
        return sellerRepliedAt != null || sellerRepliedAgo != null;
    }
}
