package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimStatus;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The claim is accepted and its actions are done: record it and word the resolution for the seller. */
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
                "resolution",
                "completedBy",
                "cancelItem",
                "cancelledItem",
                "postAdjustment",
                "posting"
            })
    public Map<String, Object> acceptClaim(ActivatedJob job) {
        Map<String, Object> v = job.getVariablesAsMap();
        String reference = (String) v.get(ClaimHandling.VAR_CLAIM_REFERENCE);
        StringBuilder message = new StringBuilder("We have accepted your claim.");
        StringBuilder done = new StringBuilder();
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        if (Boolean.TRUE.equals(v.get("cancelItem")) && v.get("cancelledItem") instanceof Map<?, ?> item) {
            message.append(" The item ")
                    .append(item.get("sku"))
                    .append(" was cancelled without any impact on your seller score.");
            done.append("order item ").append(item.get("sku")).append(" cancelled as non-OOS; ");
            facts.put(ClaimEvent.FACT_ITEM_CANCELLED, String.valueOf(item.get("sku")));
        }
        if (Boolean.TRUE.equals(v.get("postAdjustment")) && v.get("posting") instanceof Map<?, ?> posting) {
            String amount = money(posting.get("amount"));
            message.append(" We credited ")
                    .append(amount)
                    .append(' ')
                    .append(posting.get("currency"))
                    .append(" to your account; it appears on your next statement.");
            done.append("credit of ")
                    .append(amount)
                    .append(' ')
                    .append(posting.get("currency"))
                    .append(" posted (posting ")
                    .append(posting.get("id"))
                    .append("); ");
            facts.put(ClaimEvent.FACT_ADJUSTMENT_AMOUNT, amount);
            facts.put(ClaimEvent.FACT_ADJUSTMENT_CURRENCY, String.valueOf(posting.get("currency")));
        }
        Object note = v.get("resolution");
        if (note != null && !note.toString().isBlank()) {
            message.append("\n\n").append(note.toString().strip());
        }
        steps.decided(
                reference,
                ClaimStatus.ACCEPTED,
                "accepted",
                (String) v.get("completedBy"),
                done.isEmpty() ? "no action needed" : done.toString().strip(),
                job.getKey(),
                facts);
        return Map.of(ClaimHandling.VAR_RESOLUTION_MESSAGE, message.toString());
    }

    /** 25 -> "25.00": amounts as sellers read them on statements. */
    static String money(Object amount) {
        return new java.math.BigDecimal(String.valueOf(amount))
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }
}
