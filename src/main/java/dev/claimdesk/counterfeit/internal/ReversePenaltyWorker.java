package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.billing.Billing;
import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.FindingAudited;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * An overturned finding: the penalty, if it was posted, is reversed once (the finding's own idempotency key); if it
 * never was, nothing is posted and the process goes on.
 */
@Component
public class ReversePenaltyWorker {

    private final FindingSteps steps;
    private final Billing billing;

    public ReversePenaltyWorker(FindingSteps steps, Billing billing) {
        this.steps = steps;
        this.billing = billing;
    }

    static String idempotencyKey(String findingReference) {
        return "counterfeit-reversal:" + findingReference;
    }

    @JobWorker(type = CounterfeitAppeal.JOB_REVERSE_PENALTY, fetchVariables = CounterfeitAppeal.VAR_FINDING_REFERENCE)
    public void reversePenalty(
            ActivatedJob job, @Variable(name = CounterfeitAppeal.VAR_FINDING_REFERENCE) String reference) {
        var finding = steps.finding(reference);
        if (finding.penaltyPostingId() == null) {
            steps.inTransaction(
                    () -> steps.audit(finding, job, "no penalty to reverse", "The penalty was never posted."));
            return;
        }
        if (finding.reversalPostingId() != null) {
            return;
        }
        var reversal = billing.reversePenalty(
                idempotencyKey(reference),
                finding.penaltyPostingId(),
                "Counterfeit finding " + reference + " overturned on appeal");
        steps.inTransaction(() -> {
            steps.store().set(reference, "reversal_posting_id", reversal.id());
            steps.store().set(reference, "reversed_at", reversal.postedAt());
            steps.audit(
                    finding, job, FindingAudited.PENALTY_REVERSED, finding.penalty() + ", posting " + reversal.id());
        });
    }
}
