package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.Decision;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.counterfeit.FindingStatus;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Records how the finding ends: no appeal, upheld, overturned, or a requested document that never came. The first
 * decision stays (a job delivered again changes nothing).
 */
@Component
public class RecordDecisionWorker {

    static final String NO_APPEAL_REASON = "No appeal was received within the appeal window.";
    static final String LAPSED_REASON = "The document we asked for was not received in time.";

    private final FindingSteps steps;

    public RecordDecisionWorker(FindingSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = CounterfeitAppeal.JOB_RECORD_DECISION,
            fetchVariables = {
                CounterfeitAppeal.VAR_FINDING_REFERENCE,
                CounterfeitAppeal.VAR_DECISION,
                CounterfeitAppeal.VAR_DECISION_REASON
            })
    public Map<String, Object> recordDecision(
            ActivatedJob job,
            @Variable(name = CounterfeitAppeal.VAR_FINDING_REFERENCE) String reference,
            @Variable(name = CounterfeitAppeal.VAR_DECISION) String decisionName,
            @Variable(name = CounterfeitAppeal.VAR_DECISION_REASON) String reviewerReason) {
        var decision = Decision.valueOf(decisionName);
        String reason = switch (decision) {
            case NO_APPEAL -> NO_APPEAL_REASON;
            case DOCUMENTS_LAPSED -> LAPSED_REASON;
            case UPHELD, OVERTURNED -> reviewerReason;
        };
        steps.inTransaction(() -> {
            var finding = steps.finding(reference);
            if (finding.decision() == null) {
                var store = steps.store();
                store.set(reference, "decision", decision.name());
                store.set(reference, "decision_reason", reason);
                store.set(reference, "decided_at", steps.now());
                store.status(reference, decision.penalises() ? FindingStatus.PENALISED : FindingStatus.OVERTURNED);
            }
            steps.audit(finding, job, FindingAudited.DECIDED, decision.label() + (reason == null ? "" : ". " + reason));
        });
        return Map.of(CounterfeitAppeal.VAR_DECISION, decision.name(), CounterfeitAppeal.VAR_DECISION_REASON, reason);
    }
}
