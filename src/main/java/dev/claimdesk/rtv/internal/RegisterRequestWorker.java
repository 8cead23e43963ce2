package dev.claimdesk.rtv.internal;

import dev.claimdesk.platform.ProcessStarts;
import dev.claimdesk.rtv.WrongReturnRtv;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import org.springframework.stereotype.Component;

/**
 * The RTV process's first step: records the instance with the case, or cancels it if the case already has one (a start
 * that raced the end of the first), before the warehouse sees a task.
 */
@Component
public class RegisterRequestWorker {

    private final RtvService rtv;
    private final ProcessStarts starts;

    RegisterRequestWorker(RtvService rtv, ProcessStarts starts) {
        this.rtv = rtv;
        this.starts = starts;
    }

    @JobWorker(
            type = WrongReturnRtv.JOB_REGISTER_REQUEST,
            fetchVariables = WrongReturnRtv.VAR_RTV_REFERENCE,
            autoComplete = false)
    public void registerRequest(
            JobClient jobs, ActivatedJob job, @Variable(name = WrongReturnRtv.VAR_RTV_REFERENCE) String reference) {
        starts.register(
                jobs,
                job,
                rtv.started(
                        RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE), job.getProcessInstanceKey()));
    }
}
