package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks that the claim carries its category's fields; one that does not takes the "claim invalid" path. */
@Component
public class ValidateClaimWorker {

    private final ClaimSteps steps;

    ValidateClaimWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = ClaimHandling.JOB_VALIDATE_CLAIM, fetchVariables = ClaimHandling.VAR_CLAIM_REFERENCE)
    public void validateClaim(
            ActivatedJob job, @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference) {
        var missing = steps.validate(claimReference, job.getKey());
        if (!missing.isEmpty()) {
            String reason = "the claim lacks " + String.join(", ", missing);
            throw CamundaError.bpmnError(
                    ClaimHandling.ERR_CLAIM_INVALID, reason, Map.of(ClaimHandling.VAR_INVALID_REASON, reason));
        }
    }
}
