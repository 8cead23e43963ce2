package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.tasks.Reopened;
import dev.claimdesk.tasks.TaskVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The seller replied in time: back to the agent, whose 3-working-day clock starts again at the reply. */
@Component
public class RecordSellerReplyWorker {

    private final ClaimSteps steps;

    RecordSellerReplyWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = ClaimHandling.JOB_RECORD_SELLER_REPLY,
            fetchVariables = {ClaimHandling.VAR_CLAIM_REFERENCE, "sellerReply", "sellerRepliedAt"})
    public Map<String, Object> recordSellerReply(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = "sellerReply") String sellerReply,
            @Variable(name = "sellerRepliedAt") String sellerRepliedAt) {
        steps.sellerReplied(claimReference, sellerReply, job.getKey());
        // the next work task says it came back because of this reply (the lists mark it, ADR 0180)
        return Map.of(
                ClaimHandling.VAR_RESPONSE_FROM,
                sellerRepliedAt,
                TaskVariables.REOPENED_BY,
                Reopened.SELLER_REPLY,
                TaskVariables.REOPENED_AT,
                sellerRepliedAt);
    }
}
