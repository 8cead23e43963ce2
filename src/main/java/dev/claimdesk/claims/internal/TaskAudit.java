package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.tasks.TaskEvent;
import dev.claimdesk.tasks.Tasks;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who took, handed on or decided a claim's task goes into the claim's audit trail, in the task's transaction; a new
 * task of a claim learns the claim's status (the task list filters on it).
 */
@Component
class TaskAudit {

    private final ClaimService claims;
    private final Tasks tasks;

    TaskAudit(ClaimService claims, Tasks tasks) {
        this.claims = claims;
        this.tasks = tasks;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(TaskEvent event) {
        if (event.claimReference() == null) {
            return;
        }
        String task = "\"" + event.taskName() + "\"";
        switch (event.type()) {
            case CLAIMED, ASSIGNED ->
                claims.recordIfClaimExists(
                        event.claimReference(),
                        event.actor(),
                        ClaimEvent.ASSIGNED,
                        task + " to " + event.assignee(),
                        Map.of(ClaimEvent.FACT_ASSIGNEE, event.assignee()));
            case UNCLAIMED ->
                claims.recordIfClaimExists(
                        event.claimReference(),
                        event.actor(),
                        "unassigned",
                        task + " back to the team queue",
                        Map.of());
            case COMPLETED ->
                claims.recordIfClaimExists(
                        event.claimReference(),
                        event.actor(),
                        ClaimEvent.DECIDED,
                        task + ": " + event.values().getOrDefault("outcome", "done"),
                        Map.of());
            case CREATED ->
                // the creation itself is the "routed" step's consequence: nothing to audit; the task learns the
                // claim's status (the task list filters on it)
                claims.find(event.claimReference())
                        .ifPresent(claim -> tasks.subjectStatus(
                                event.subject(), claim.status().name()));
        }
    }
}
