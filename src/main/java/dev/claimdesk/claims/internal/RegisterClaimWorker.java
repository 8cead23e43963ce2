package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.platform.ProcessStarts;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import org.springframework.stereotype.Component;

/**
 * Marks the claim as picked up by its process and hands the process the claim's facts. A second process for a claim
 * that already has one (possible only if a start raced the end of the first) is cancelled here, before it does
 * anything the seller or an agent could see.
 */
@Component
public class RegisterClaimWorker {

    private final ClaimSteps steps;
    private final ProcessStarts starts;

    RegisterClaimWorker(ClaimSteps steps, ProcessStarts starts) {
        this.steps = steps;
        this.starts = starts;
    }

    @JobWorker(
            type = ClaimHandling.JOB_REGISTER_CLAIM,
            fetchVariables = ClaimHandling.VAR_CLAIM_REFERENCE,
            autoComplete = false)
    public void registerClaim(
            JobClient jobs,
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference) {
        starts.register(jobs, job, steps.register(claimReference, job.getProcessInstanceKey(), job.getKey()));
    }
}
