package dev.claimdesk.rtv.internal;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.rtv.WrongReturnRtv;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The wrong-return claim names this case's appeal: link the two, in both audit trails. */
@Component
public class RecordClaimRaisedWorker {

    private final RtvService rtv;
    private final Claims claims;

    RecordClaimRaisedWorker(RtvService rtv, Claims claims) {
        this.rtv = rtv;
        this.claims = claims;
    }

    @JobWorker(
            type = WrongReturnRtv.JOB_RECORD_CLAIM_RAISED,
            fetchVariables = {WrongReturnRtv.VAR_RTV_REFERENCE, WrongReturnRtv.VAR_CLAIM_REFERENCE})
    @Transactional
    public void recordClaimRaised(
            ActivatedJob job,
            @Variable(name = WrongReturnRtv.VAR_RTV_REFERENCE) String reference,
            @Variable(name = WrongReturnRtv.VAR_CLAIM_REFERENCE) String claimReference) {
        String ref = RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE);
        String claim = RtvJobs.required(claimReference, WrongReturnRtv.VAR_CLAIM_REFERENCE);
        rtv.claimLinked(ref, claim, job.getKey());
        var rtvCase = rtv.get(ref);
        claims.record(
                claim,
                RtvService.SYSTEM,
                "rtv case linked",
                "RTV case " + ref + ", appeal " + rtvCase.appealReference() + ", collected "
                        + rtv.day(rtvCase.collectedAt()),
                job.getKey());
    }
}
