package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** An accepted claim's action was refused (item already shipped, posting rejected): the agent decides again. */
@Component
public class RecordActionFailedWorker {

    private final ClaimSteps steps;

    RecordActionFailedWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = ClaimHandling.JOB_RECORD_ACTION_FAILED,
            fetchVariables = {ClaimHandling.VAR_CLAIM_REFERENCE, ClaimHandling.VAR_ACTION_ERROR})
    public void recordActionFailed(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = ClaimHandling.VAR_ACTION_ERROR) String actionError) {
        steps.actionFailed(claimReference, actionError, job.getKey());
    }
}
