package dev.claimdesk.claims.internal;

import dev.claimdesk.billing.BillingWork;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.orders.OrderWork;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The claim is accepted and its actions are done: record it, and hand the seller's mail the facts of the decision (the
 * wording is in mail-templates/resolution-accepted.*).
 */
@Component
public class AcceptClaimWorker {

    private final ClaimSteps steps;

    AcceptClaimWorker(ClaimSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = ClaimHandling.JOB_ACCEPT_CLAIM,
            fetchVariables = {
                ClaimHandling.VAR_CLAIM_REFERENCE,
                ClaimHandling.VAR_RESOLUTION,
                ClaimHandling.VAR_COMPLETED_BY,
                ClaimHandling.VAR_CANCEL_ITEM,
                OrderWork.VAR_CANCELLED_ITEM,
                ClaimHandling.VAR_POST_ADJUSTMENT,
                BillingWork.VAR_POSTING
            })
    public Map<String, Object> acceptClaim(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String reference,
            @Variable(name = ClaimHandling.VAR_RESOLUTION) String note,
            @Variable(name = ClaimHandling.VAR_COMPLETED_BY) String agent,
            @Variable(name = ClaimHandling.VAR_CANCEL_ITEM) Boolean cancelItem,
            @Variable(name = OrderWork.VAR_CANCELLED_ITEM) Map<String, Object> cancelledItem,
            @Variable(name = ClaimHandling.VAR_POST_ADJUSTMENT) Boolean postAdjustment,
            @Variable(name = BillingWork.VAR_POSTING) Map<String, Object> posting) {
        Map<String, Object> decision = Decisions.of("accepted", note);
        List<String> done = new ArrayList<>();
        Map<String, String> facts = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(cancelItem) && cancelledItem != null) {
            String sku = String.valueOf(cancelledItem.get("sku"));
            decision.put("itemCancelled", sku);
            done.add("order item " + sku + " cancelled as non-OOS");
            facts.put(ClaimEvent.FACT_ITEM_CANCELLED, sku);
        }
        if (Boolean.TRUE.equals(postAdjustment) && posting != null) {
            String amount = money(posting.get("amount"));
            String currency = String.valueOf(posting.get("currency"));
            decision.put("creditAmount", amount);
            decision.put("creditCurrency", currency);
            done.add("credit of " + amount + " " + currency + " posted (posting " + posting.get("id") + ")");
            facts.put(ClaimEvent.FACT_ADJUSTMENT_AMOUNT, amount);
            facts.put(ClaimEvent.FACT_ADJUSTMENT_CURRENCY, currency);
        }
        steps.decided(
                reference,
                ClaimStatus.ACCEPTED,
                "accepted",
                agent,
                done.isEmpty() ? "no action needed" : String.join("; ", done),
                job.getKey(),
                facts);
        return Map.of(ClaimHandling.VAR_DECISION, decision);
    }

    /** 25 -> "25.00": amounts as sellers read them on statements. */
    static String money(Object amount) {
        return new BigDecimal(String.valueOf(amount))
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
