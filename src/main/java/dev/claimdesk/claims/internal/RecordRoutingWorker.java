package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records the routing decision (ClaimRouting.dmn) and gives the process the team and priority of the agent's task. */
@Component
public class RecordRoutingWorker {

    private final ClaimSteps steps;

    RecordRoutingWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = ClaimHandling.JOB_RECORD_ROUTING,
            fetchVariables = {ClaimHandling.VAR_CLAIM_REFERENCE, "routing"})
    public Map<String, Object> recordRouting(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = "routing") Map<String, Object> routing) {
        String team = String.valueOf(routing.get("team"));
        Number priority = (Number) routing.get("priority");
        steps.routed(claimReference, team, priority, job.getKey());
        return Map.of("team", team, "priority", priority.intValue());
    }
}
