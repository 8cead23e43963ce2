package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;

/** Marks the claim as picked up by its process. */
@org.springframework.stereotype.Component
public class RegisterClaimWorker {

    private final ClaimService service;

    RegisterClaimWorker(ClaimService service) {
        this.service = service;
    }

    @JobWorker(type = ClaimHandling.JOB_REGISTER_CLAIM, fetchVariables = ClaimHandling.VAR_CLAIM_REFERENCE)
    public void registerClaim(
            ActivatedJob job, @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference) {
        service.markRegistered(claimReference, job.getProcessInstanceKey());
    }
}
