package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.orders.Shop;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns the agent's accepted decision into the inputs of the action workers: which actions apply to this claim, the
 * cancellation reason, and the credit to post (in the shop's currency, under the claim's trade type).
 */
@Component
public class PrepareActionsWorker {

    static final String CANCEL_ORDER_ITEM = "cancel-order-item";
    static final String POST_ADJUSTMENT = "post-adjustment";

    private final ClaimSteps steps;
    private final Orders orders;

    PrepareActionsWorker(ClaimSteps steps, Orders orders) {
        this.steps = steps;
        this.orders = orders;
    }

    @JobWorker(
            type = ClaimHandling.JOB_PREPARE_ACTIONS,
            fetchVariables = {
                ClaimHandling.VAR_CLAIM_REFERENCE,
                ClaimHandling.VAR_ACTIONS,
                ClaimHandling.VAR_ADJUSTMENT_AMOUNT,
                ClaimHandling.VAR_ADJUSTMENT_CURRENCY
            })
    public Map<String, Object> prepareActions(
            ActivatedJob job,
            @Variable(name = ClaimHandling.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = ClaimHandling.VAR_ACTIONS) List<String> actions,
            @Variable(name = ClaimHandling.VAR_ADJUSTMENT_AMOUNT) Number adjustmentAmount,
            @Variable(name = ClaimHandling.VAR_ADJUSTMENT_CURRENCY) String adjustmentCurrency) {
        Claim claim = steps.find(claimReference);
        List<String> chosen = actions == null ? List.of() : actions;
        var fields = claim.fields();
        boolean cancel = chosen.contains(CANCEL_ORDER_ITEM)
                && fields.containsKey(ClaimField.ORDER_NUMBER)
                && fields.containsKey(ClaimField.SKU);
        // the form refuses "post adjustment" without an amount; this only guards against a completion from elsewhere
        boolean adjust = chosen.contains(POST_ADJUSTMENT)
                && adjustmentAmount != null
                && new BigDecimal(adjustmentAmount.toString()).signum() > 0;

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cancelItem", cancel);
        out.put("postAdjustment", adjust);
        if (cancel) {
            String reason = fields.containsKey(ClaimField.CANCEL_REASON)
                    ? ClaimField.CANCEL_REASON.display(fields.get(ClaimField.CANCEL_REASON))
                    : claim.category().label();
            out.put("cancelReason", "Claim " + claimReference + ": " + reason);
        }
        if (adjust) {
            Map<String, Object> adjustment = new LinkedHashMap<>();
            adjustment.put("direction", "CREDIT");
            adjustment.put("amount", new BigDecimal(adjustmentAmount.toString()).toPlainString());
            // posted in the currency the agent entered it in (rule 11: never converted)
            adjustment.put("currency", adjustmentCurrency != null ? adjustmentCurrency : shopCurrency(claim));
            adjustment.put("tradeType", tradeTypeOf(claim.category(), fields.get(ClaimField.TRADE_TYPE)));
            adjustment.put(
                    "reason",
                    "Claim " + claimReference + " accepted: " + claim.category().label());
            adjustment.put("reference", claimReference);
            out.put("adjustment", adjustment);
        }
        return out;
    }

    /** For a decision taken before the form carried the currency: the shop's own, as then. */
    private String shopCurrency(Claim claim) {
        return orders.findShop(claim.summary().shop())
                .map(Shop::currency)
                .orElseThrow(() ->
                        new IllegalStateException("Shop " + claim.summary().shop() + " is unknown"));
    }

    /**
     * The trade type a credit is booked under: a bill claim's own; money owed on a delayed payout as "paid but not
     * received"; compensation for parcels, returns and counterfeit reversals as a subsidy.
     */
    static String tradeTypeOf(ClaimCategory category, String claimTradeType) {
        return switch (category) {
            case BILL_BREAKDOWN -> claimTradeType;
            case BILL_DELAYED_RECEIVABLES -> "PAID_NOT_RECEIVED";
            default -> "SUBSIDY";
        };
    }
}
