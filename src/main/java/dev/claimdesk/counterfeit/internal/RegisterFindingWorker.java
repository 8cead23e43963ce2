package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.platform.ProcessStarts;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import org.springframework.stereotype.Component;

/**
 * The appeal process's first step: records the instance with the finding, or cancels it if the finding already has
 * one (a start that raced the end of the first), before the seller gets a second notice.
 */
@Component
public class RegisterFindingWorker {

    private final FindingStore store;
    private final ProcessStarts starts;

    RegisterFindingWorker(FindingStore store, ProcessStarts starts) {
        this.store = store;
        this.starts = starts;
    }

    @JobWorker(
            type = CounterfeitAppeal.JOB_REGISTER_FINDING,
            fetchVariables = CounterfeitAppeal.VAR_FINDING_REFERENCE,
            autoComplete = false)
    public void registerFinding(
            JobClient jobs,
            ActivatedJob job,
            @Variable(name = CounterfeitAppeal.VAR_FINDING_REFERENCE) String reference) {
        starts.register(jobs, job, store.started(reference, job.getProcessInstanceKey()));
    }
}
