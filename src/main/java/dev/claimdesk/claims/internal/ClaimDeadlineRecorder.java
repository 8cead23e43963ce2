package dev.claimdesk.claims.internal;

import dev.claimdesk.calendar.DeadlineComputed;
import dev.claimdesk.claims.ClaimHandling;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores each deadline ClaimHandling computes on its claim, when it is computed, so that the pages show the process's
 * own value (ADR 121). Runs on the compute job's thread: if storing fails, the job fails and the engine retries it.
 */
@Component
class ClaimDeadlineRecorder {

    private final ClaimRepository claims;

    ClaimDeadlineRecorder(ClaimRepository claims) {
        this.claims = claims;
    }

    @EventListener
    @Transactional
    void on(DeadlineComputed deadline) {
        if (!ClaimHandling.PROCESS_ID.equals(deadline.processId())) {
            return;
        }
        claims.findByProcessInstanceKey(deadline.processInstanceKey()).ifPresent(claim -> {
            switch (deadline.elementId()) {
                case ClaimHandling.ELEMENT_COMPUTE_RESPONSE_DEADLINE -> claim.responseDue(deadline.dueAt());
                case ClaimHandling.ELEMENT_COMPUTE_REPLY_DEADLINE -> claim.replyDue(deadline.dueAt());
                case ClaimHandling.ELEMENT_COMPUTE_REMINDER_TIME -> claim.remindAt(deadline.dueAt());
                default -> {} // a deadline the claim does not show
            }
        });
    }
}
