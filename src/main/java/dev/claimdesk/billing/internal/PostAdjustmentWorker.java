package dev.claimdesk.billing.internal;

import dev.claimdesk.billing.Adjustment;
import dev.claimdesk.billing.Billing;
import dev.claimdesk.billing.BillingNotFound;
import dev.claimdesk.billing.BillingRejected;
import dev.claimdesk.billing.BillingWork;
import dev.claimdesk.billing.Posting;
import dev.claimdesk.billing.TradeType;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Posts a bill adjustment decided on a claim. The job's key is the idempotency key: Zeebe may deliver the job again
 * (or the worker may time out after the bill service posted), and the second call returns the first posting.
 */
@Component
public class PostAdjustmentWorker {

    private final Billing billing;

    PostAdjustmentWorker(Billing billing) {
        this.billing = billing;
    }

    @JobWorker(
            type = BillingWork.JOB_POST_ADJUSTMENT,
            fetchVariables = {BillingWork.VAR_SHOP, BillingWork.VAR_ADJUSTMENT})
    public Map<String, Object> postAdjustment(
            ActivatedJob job,
            @Variable(name = BillingWork.VAR_SHOP) String shop,
            @Variable(name = BillingWork.VAR_ADJUSTMENT) Map<String, Object> adjustment) {
        var request = new Adjustment(
                shop,
                Posting.Direction.valueOf(text(adjustment, "direction")),
                new BigDecimal(text(adjustment, "amount")),
                text(adjustment, "currency"),
                TradeType.valueOf(text(adjustment, "tradeType")),
                text(adjustment, "reason"),
                (String) adjustment.get("reference"));
        try {
            Posting posting = billing.postAdjustment("job-" + job.getKey(), request);
            var out = new LinkedHashMap<String, Object>();
            out.put("id", posting.id());
            out.put("kind", posting.kind().name());
            out.put("direction", posting.direction().name());
            out.put("amount", posting.amount());
            out.put("currency", posting.currency());
            return Map.of(BillingWork.VAR_POSTING, out);
        } catch (BillingNotFound e) {
            throw CamundaError.bpmnError(BillingWork.ERR_BILLING_NOT_FOUND, e.getMessage());
        } catch (BillingRejected e) {
            throw CamundaError.bpmnError(
                    BillingWork.ERR_POSTING_REJECTED, e.getMessage(), Map.of("postingRejectedCode", e.code()));
        }
    }

    /** A missing field is a modelling error, not a business outcome: the job fails and ends as an incident. */
    private static String text(Map<String, Object> adjustment, String field) {
        Object value = adjustment == null ? null : adjustment.get(field);
        if (value == null) {
            throw new IllegalArgumentException("The variable " + BillingWork.VAR_ADJUSTMENT + " lacks " + field);
        }
        return value.toString();
    }
}
