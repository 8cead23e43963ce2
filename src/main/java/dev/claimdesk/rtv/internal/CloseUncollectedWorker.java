package dev.claimdesk.rtv.internal;

import dev.claimdesk.rtv.RtvStatus;
import dev.claimdesk.rtv.WrongReturnRtv;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** The goods were not collected within the pickup window: the RTV closes. */
@Component
public class CloseUncollectedWorker {

    private final RtvService rtv;

    CloseUncollectedWorker(RtvService rtv) {
        this.rtv = rtv;
    }

    @JobWorker(type = WrongReturnRtv.JOB_CLOSE_UNCOLLECTED, fetchVariables = WrongReturnRtv.VAR_RTV_REFERENCE)
    public void closeUncollected(
            ActivatedJob job, @Variable(name = WrongReturnRtv.VAR_RTV_REFERENCE) String reference) {
        String ref = RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE);
        rtv.closed(
                ref,
                RtvStatus.UNCOLLECTED,
                "closed uncollected",
                "not collected by " + rtv.day(rtv.get(ref).pickupDueAt()),
                job.getKey());
    }
}
