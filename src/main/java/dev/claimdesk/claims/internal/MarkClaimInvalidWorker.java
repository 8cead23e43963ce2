package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimStatus;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The claim cannot be processed (fields missing, order unknown): record why and word it for the seller. */
@Component
public class MarkClaimInvalidWorker {

    static final String ORDER_NOT_FOUND = "ORDER_NOT_FOUND";

    private final ClaimSteps steps;

    MarkClaimInvalidWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = ClaimHandling.JOB_MARK_CLAIM_INVALID,
            fetchVariables = {ClaimHandling.VAR_CLAIM_REFERENCE, ClaimHandling.VAR_INVALID_REASON, "orderNumber"})
    public Map<String, Object> markClaimInvalid(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = ClaimHandling.VAR_INVALID_REASON) String invalidReason,
            @Variable(name = "orderNumber") String orderNumber) {
        String reason = ORDER_NOT_FOUND.equals(invalidReason)
                ? "the order " + orderNumber + " does not exist at the marketplace"
                : invalidReason;
        steps.decided(claimReference, ClaimStatus.INVALID, "invalid", ClaimSteps.SYSTEM, reason, job.getKey());
        return Map.of(
                ClaimHandling.VAR_RESOLUTION_MESSAGE,
                "We cannot process your claim: " + reason
                        + ". Please check it and raise a new claim with the correct details.");
    }
}
