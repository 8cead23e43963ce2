package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.calendar.DeadlineComputed;
import dev.claimdesk.counterfeit.CounterfeitAppeal;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores the reminder time CounterfeitAppeal computes on its finding, when it is computed (ADR 0121): the finding's page
 * shows the process's own value. Runs on the compute job's thread, so a failed write fails the job and it is retried.
 */
@Component
class FindingReminderRecorder {

    private final FindingStore store;

    FindingReminderRecorder(FindingStore store) {
        this.store = store;
    }

    @EventListener
    void on(DeadlineComputed deadline) {
        if (CounterfeitAppeal.PROCESS_ID.equals(deadline.processId())
                && (CounterfeitAppeal.ELEMENT_COMPUTE_APPEAL_REMINDER_TIME.equals(deadline.elementId())
                        || CounterfeitAppeal.ELEMENT_COMPUTE_DOCUMENTS_REMINDER_TIME.equals(deadline.elementId()))) {
            store.remindAt(deadline.processInstanceKey(), deadline.dueAt());
        }
    }
}
