package dev.claimdesk.rtv.internal;

import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCaseAudited;
import dev.claimdesk.rtv.RtvStatus;
import dev.claimdesk.rtv.WrongReturnRtv;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * Closes an RTV case that ends without a claim, as the model says ({@code closeAs}): the goods were never collected,
 * they were collected without an on-site appeal, or the appeal lapsed with no claim in its window.
 */
@Component
public class CloseCaseWorker {

    private final RtvService rtv;

    CloseCaseWorker(RtvService rtv) {
        this.rtv = rtv;
    }

    @JobWorker(
            type = WrongReturnRtv.JOB_CLOSE_CASE,
            fetchVariables = {WrongReturnRtv.VAR_RTV_REFERENCE, WrongReturnRtv.VAR_CLOSE_AS})
    public void closeCase(
            ActivatedJob job,
            @Variable(name = WrongReturnRtv.VAR_RTV_REFERENCE) String reference,
            @Variable(name = WrongReturnRtv.VAR_CLOSE_AS) String closeAs) {
        RtvCase rtvCase = rtv.get(RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE));
        RtvStatus status = RtvStatus.valueOf(RtvJobs.required(closeAs, WrongReturnRtv.VAR_CLOSE_AS));
        switch (status) {
            case UNCOLLECTED ->
                rtv.closed(
                        rtvCase.reference(),
                        status,
                        RtvCaseAudited.CLOSED_UNCOLLECTED,
                        "not collected by " + rtv.day(rtvCase.pickupDueAt()),
                        job.getKey());
            case CLOSED_NO_APPEAL ->
                rtv.closed(
                        rtvCase.reference(),
                        status,
                        RtvCaseAudited.CLOSED_NO_APPEAL,
                        "collected without an on-site appeal",
                        job.getKey());
            case APPEAL_LAPSED ->
                rtv.closed(
                        rtvCase.reference(),
                        status,
                        RtvCaseAudited.APPEAL_LAPSED,
                        "no claim by " + rtv.day(rtvCase.claimWindowClosesAt()),
                        job.getKey());
            default -> throw new IllegalArgumentException("An RTV case is not closed as " + status + " by this step");
        }
    }
}
