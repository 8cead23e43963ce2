package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Marks the claim as picked up by its process and hands the process the claim's facts. */
@Component
public class RegisterClaimWorker {

    private final ClaimSteps steps;

    RegisterClaimWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = ClaimHandling.JOB_REGISTER_CLAIM, fetchVariables = ClaimHandling.VAR_CLAIM_REFERENCE)
    public Map<String, Object> registerClaim(
            ActivatedJob job, @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference) {
        return steps.register(claimReference, job.getProcessInstanceKey(), job.getKey());
    }
}
