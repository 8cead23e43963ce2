package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * The platform did not answer within its working days: the claim is marked SLA-breached (supervisors' queues and the
 * managers' figures show it); the agent's task stays open.
 */
@Component
public class MarkSlaBreachedWorker {

    private final ClaimSteps steps;

    MarkSlaBreachedWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = ClaimHandling.JOB_MARK_SLA_BREACHED,
            fetchVariables = {ClaimHandling.VAR_CLAIM_REFERENCE, "responseDueAt"})
    public void markSlaBreached(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = "responseDueAt") String responseDueAt) {
        steps.slaBreached(claimReference, responseDueAt, job.getKey());
    }
}
