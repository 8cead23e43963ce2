package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.tasks.Reopened;
import dev.claimdesk.tasks.TaskVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An accepted claim's action was refused (item already shipped, posting rejected): the agent decides again. */
@Component
public class RecordActionFailedWorker {

    private final ClaimSteps steps;
    private final AppClock clock;

    RecordActionFailedWorker(ClaimSteps steps, AppClock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    @JobWorker(
            type = ClaimHandling.JOB_RECORD_ACTION_FAILED,
            fetchVariables = {ClaimHandling.VAR_CLAIM_REFERENCE, ClaimHandling.VAR_ACTION_ERROR})
    public Map<String, Object> recordActionFailed(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = ClaimHandling.VAR_ACTION_ERROR) String actionError) {
        steps.actionFailed(claimReference, actionError, job.getKey());
        // the task comes back for this failure, not for an earlier seller reply
        return Map.of(
                TaskVariables.REOPENED_BY,
                Reopened.ACTION_FAILED,
                TaskVariables.REOPENED_AT,
                clock.instant().toString());
    }
}
