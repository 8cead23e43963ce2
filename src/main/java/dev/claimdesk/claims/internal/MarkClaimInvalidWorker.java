package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.orders.OrderWork;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The claim cannot be processed (fields missing, order unknown): record why, and hand the seller's mail the reason (worded
 * in mail-templates/resolution-invalid.*).
 */
@Component
public class MarkClaimInvalidWorker {

    private final ClaimSteps steps;

    MarkClaimInvalidWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = ClaimHandling.JOB_MARK_CLAIM_INVALID,
            fetchVariables = {
                ClaimHandling.VAR_CLAIM_REFERENCE,
                ClaimHandling.VAR_INVALID_REASON,
                OrderWork.VAR_ORDER_NUMBER
            })
    public Map<String, Object> markClaimInvalid(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = ClaimHandling.VAR_INVALID_REASON) String invalidReason,
            @Variable(name = OrderWork.VAR_ORDER_NUMBER) String orderNumber) {
        boolean orderNotFound = OrderWork.ERR_ORDER_NOT_FOUND.equals(invalidReason);
        // the audit trail keeps the reason in words; the seller's mail words it in its template
        String reason =
                orderNotFound ? "the order " + orderNumber + " does not exist at the marketplace" : invalidReason;
        steps.decided(claimReference, ClaimStatus.INVALID, "invalid", ClaimSteps.SYSTEM, reason, job.getKey());
        Map<String, Object> decision = Decisions.of("invalid", null);
        if (orderNotFound) {
            decision.put("orderNotFound", orderNumber);
        } else {
            decision.put("reason", invalidReason);
        }
        return Map.of(ClaimHandling.VAR_DECISION, decision);
    }
}
