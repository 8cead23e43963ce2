package dev.claimdesk.rtv.internal;

import dev.claimdesk.rtv.RtvCaseAudited;
import dev.claimdesk.rtv.RtvStatus;
import dev.claimdesk.rtv.WrongReturnRtv;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * The linked claim is closed: accepted (the agent's compensation was posted by the claim's process) or not. The case
 * closes with the claim's outcome; the seller was told by the claim's own resolution email.
 */
@Component
public class RecordClaimDecisionWorker {

    private final RtvService rtv;

    RecordClaimDecisionWorker(RtvService rtv) {
        this.rtv = rtv;
    }

    @JobWorker(
            type = WrongReturnRtv.JOB_RECORD_CLAIM_DECISION,
            fetchVariables = {
                WrongReturnRtv.VAR_RTV_REFERENCE,
                WrongReturnRtv.VAR_CLAIM_REFERENCE,
                WrongReturnRtv.VAR_CLAIM_OUTCOME,
                WrongReturnRtv.VAR_CLAIM_DETAILS
            })
    public void recordClaimDecision(
            ActivatedJob job,
            @Variable(name = WrongReturnRtv.VAR_RTV_REFERENCE) String reference,
            @Variable(name = WrongReturnRtv.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = WrongReturnRtv.VAR_CLAIM_OUTCOME) String outcome,
            @Variable(name = WrongReturnRtv.VAR_CLAIM_DETAILS) String details) {
        boolean accepted = "accepted".equals(outcome);
        rtv.closed(
                RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE),
                accepted ? RtvStatus.COMPENSATED : RtvStatus.CLAIM_REJECTED,
                accepted ? RtvCaseAudited.CLAIM_ACCEPTED : RtvCaseAudited.CLAIM_NOT_ACCEPTED,
                "claim " + claimReference + " " + outcome
                        + (details == null || details.isBlank() ? "" : ": " + details),
                job.getKey());
    }
}
