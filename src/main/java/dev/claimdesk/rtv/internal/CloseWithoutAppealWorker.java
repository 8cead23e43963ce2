package dev.claimdesk.rtv.internal;

import dev.claimdesk.rtv.RtvStatus;
import dev.claimdesk.rtv.WrongReturnRtv;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** The seller collected the goods without appealing on site: nothing more to do. */
@Component
public class CloseWithoutAppealWorker {

    private final RtvService rtv;

    CloseWithoutAppealWorker(RtvService rtv) {
        this.rtv = rtv;
    }

    @JobWorker(type = WrongReturnRtv.JOB_CLOSE_WITHOUT_APPEAL, fetchVariables = WrongReturnRtv.VAR_RTV_REFERENCE)
    public void closeWithoutAppeal(
            ActivatedJob job, @Variable(name = WrongReturnRtv.VAR_RTV_REFERENCE) String reference) {
        String ref = RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE);
        rtv.closed(ref, RtvStatus.CLOSED_NO_APPEAL, "closed", "collected without an on-site appeal", job.getKey());
    }
}
