package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** The agent asked the seller for information: the claim waits for the seller. */
@Component
public class RecordInfoRequestWorker {

    private final ClaimSteps steps;

    RecordInfoRequestWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = ClaimHandling.JOB_RECORD_INFO_REQUEST,
            fetchVariables = {
                ClaimHandling.VAR_CLAIM_REFERENCE,
                ClaimHandling.VAR_QUESTION,
                ClaimHandling.VAR_COMPLETED_BY
            })
    public void recordInfoRequest(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = ClaimHandling.VAR_QUESTION) String question,
            @Variable(name = ClaimHandling.VAR_COMPLETED_BY) String agent) {
        steps.infoRequested(claimReference, agent, question, job.getKey());
    }
}
