package dev.claimdesk.rtv.internal;

import dev.claimdesk.rtv.RtvStatus;
import dev.claimdesk.rtv.WrongReturnRtv;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** No wrong-return claim came within the claim window: the appeal lapses. */
@Component
public class LapseAppealWorker {

    private final RtvService rtv;

    LapseAppealWorker(RtvService rtv) {
        this.rtv = rtv;
    }

    @JobWorker(type = WrongReturnRtv.JOB_LAPSE_APPEAL, fetchVariables = WrongReturnRtv.VAR_RTV_REFERENCE)
    public void lapseAppeal(ActivatedJob job, @Variable(name = WrongReturnRtv.VAR_RTV_REFERENCE) String reference) {
        String ref = RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE);
        rtv.closed(
                ref,
                RtvStatus.APPEAL_LAPSED,
                "appeal lapsed",
                "no claim by " + rtv.day(rtv.get(ref).claimWindowClosesAt()),
                job.getKey());
    }
}
