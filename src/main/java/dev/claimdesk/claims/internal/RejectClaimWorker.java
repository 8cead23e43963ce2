package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.forms.Forms;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The agent rejected the claim: record it with the reason, and hand the seller's mail the reason as the form words it
 * (the rest of the wording is in mail-templates/resolution-rejected.*).
 */
@Component
public class RejectClaimWorker {

    static final String DECISION_FORM = "work-claim";

    private final ClaimSteps steps;
    private final Forms forms;

    RejectClaimWorker(ClaimSteps steps, Forms forms) {
        this.steps = steps;
        this.forms = forms;
    }

    @JobWorker(
            type = ClaimHandling.JOB_REJECT_CLAIM,
            fetchVariables = {
                ClaimHandling.VAR_CLAIM_REFERENCE,
                ClaimHandling.VAR_REJECTION_REASON,
                ClaimHandling.VAR_RESOLUTION,
                ClaimHandling.VAR_COMPLETED_BY
            })
    public Map<String, Object> rejectClaim(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = ClaimHandling.VAR_REJECTION_REASON) String rejectionReason,
            @Variable(name = ClaimHandling.VAR_RESOLUTION) String resolution,
            @Variable(name = ClaimHandling.VAR_COMPLETED_BY) String agent) {
        String reason = reasonLabel(rejectionReason);
        steps.decided(claimReference, ClaimStatus.REJECTED, "rejected", agent, reason, job.getKey());
        Map<String, Object> decision = Decisions.of("rejected", resolution);
        decision.put("reason", reason);
        return Map.of(ClaimHandling.VAR_DECISION, decision);
    }

    /** The reason as the decision form words it (the form is the one place its options are defined). */
    private String reasonLabel(String value) {
        if (value == null) {
            return "not given";
        }
        return forms.find(DECISION_FORM)
                .flatMap(form -> form.field(ClaimHandling.VAR_REJECTION_REASON))
                .flatMap(field -> field.options().stream()
                        .filter(o -> o.value().equals(value))
                        .findFirst())
                .map(option -> option.label())
                .orElse(value);
    }
}
