package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.forms.Forms;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The agent rejected the claim: record it with the reason and word the answer for the seller. */
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
            fetchVariables = {ClaimHandling.VAR_CLAIM_REFERENCE, "rejectionReason", "resolution", "completedBy"})
    public Map<String, Object> rejectClaim(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = "rejectionReason") String rejectionReason,
            @Variable(name = "resolution") String resolution,
            @Variable(name = "completedBy") String agent) {
        String reason = reasonLabel(rejectionReason);
        steps.decided(claimReference, ClaimStatus.REJECTED, "rejected", agent, reason, job.getKey());
        String message = "We could not accept your claim. Reason: " + reason + "."
                + (resolution == null || resolution.isBlank() ? "" : "\n\n" + resolution.strip());
        return Map.of(ClaimHandling.VAR_RESOLUTION_MESSAGE, message);
    }

    /** The reason as the decision form words it (the form is the one place its options are defined). */
    private String reasonLabel(String value) {
        if (value == null) {
            return "not given";
        }
        return forms.find(DECISION_FORM)
                .flatMap(form -> form.field("rejectionReason"))
                .flatMap(field -> field.options().stream()
                        .filter(o -> o.value().equals(value))
                        .findFirst())
                .map(option -> option.label())
                .orElse(value);
    }
}
