package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import org.springframework.stereotype.Component;

/** Tells the seller how the finding ended, why, and what was posted. */
@Component
public class SendDecisionWorker {

    private final FindingSteps steps;

    public SendDecisionWorker(FindingSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = CounterfeitAppeal.JOB_SEND_DECISION, fetchVariables = CounterfeitAppeal.VAR_FINDING_REFERENCE)
    public void sendDecision(
            ActivatedJob job, @Variable(name = CounterfeitAppeal.VAR_FINDING_REFERENCE) String reference) {
        steps.inTransaction(() -> {
            var finding = steps.finding(reference);
            var values = new HashMap<String, Object>();
            values.put("decisionText", text(finding));
            values.put("reason", finding.decisionReason());
            steps.mail(job, finding, MailKind.COUNTERFEIT_DECISION, values);
            steps.audit(finding, job, "decision sent", finding.decision().label());
        });
    }

    static String text(Finding f) {
        String penalised = "The penalty of " + f.penalty() + " has been posted to your account and the SKU has been"
                + " delisted.";
        return switch (f.decision()) {
            case NO_APPEAL -> "We received no appeal by the deadline. " + penalised;
            case UPHELD -> "We reviewed your appeal and the finding stands. " + penalised;
            case DOCUMENTS_LAPSED ->
                "We did not receive the document we asked for in time, so the finding stands. " + penalised;
            case OVERTURNED ->
                "We reviewed your appeal and accepted it: the finding is withdrawn. "
                        + (f.reversalPostingId() != null
                                ? "The penalty of " + f.penalty()
                                        + " has been reversed (credited back to your account)."
                                : "No penalty is posted.");
        };
    }
}
