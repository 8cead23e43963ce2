package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.billing.Billing;
import dev.claimdesk.billing.Penalty;
import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.platform.FaultPoints;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * Posts the finding's penalty through the bill service. The idempotency key is the finding's own ("penalty of
 * CFN-…"), not the job's: whether the penalty is posted with the notice or after the decision, and however often a
 * job is delivered, the seller is charged once.
 */
@Component
public class PostPenaltyWorker {

    private final FindingSteps steps;
    private final Billing billing;
    private final FaultPoints faults;

    public PostPenaltyWorker(FindingSteps steps, Billing billing, FaultPoints faults) {
        this.steps = steps;
        this.billing = billing;
        this.faults = faults;
    }

    static String idempotencyKey(String findingReference) {
        return "counterfeit-penalty:" + findingReference;
    }

    @JobWorker(type = CounterfeitAppeal.JOB_POST_PENALTY, fetchVariables = CounterfeitAppeal.VAR_FINDING_REFERENCE)
    public void postPenalty(
            ActivatedJob job, @Variable(name = CounterfeitAppeal.VAR_FINDING_REFERENCE) String reference) {
        var finding = steps.finding(reference);
        if (finding.penaltyPostingId() != null) {
            return; // posted with the notice, or by an earlier delivery of this job
        }
        var posting = billing.postPenalty(
                idempotencyKey(reference),
                new Penalty(
                        finding.shop(),
                        finding.penaltyAmount(),
                        finding.currency(),
                        "Counterfeit finding " + reference + " (SKU " + finding.sku() + ")",
                        reference,
                        finding.orderNumber()));
        faults.reach(FaultPoints.PENALTY_POSTED_BEFORE_RECORD);
        steps.inTransaction(() -> {
            steps.store().set(reference, "penalty_posting_id", posting.id());
            steps.store().set(reference, "penalty_posted_at", posting.postedAt());
            steps.audit(finding, job, FindingAudited.PENALTY_POSTED, finding.penalty() + ", posting " + posting.id());
        });
    }
}
