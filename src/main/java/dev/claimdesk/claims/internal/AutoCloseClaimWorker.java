package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** No reply within the seller's working days: the claim closes unprocessed (docs/domain.md rule 4). */
@Component
public class AutoCloseClaimWorker {

    private final ClaimSteps steps;

    AutoCloseClaimWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = ClaimHandling.JOB_AUTO_CLOSE_CLAIM,
            fetchVariables = {ClaimHandling.VAR_CLAIM_REFERENCE, "replyDueAt"})
    public void autoCloseClaim(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = "replyDueAt") String replyDueAt) {
        steps.autoClosed(claimReference, replyDueAt, job.getKey());
    }
}
