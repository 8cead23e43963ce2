package dev.claimdesk.support;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimSubmission;
import java.util.List;
import java.util.Map;

/** Valid claims for tests that need one stored (intake rules are tested on their own). */
public final class ClaimFixtures {

    /** The intake API's body of a valid "cancel wrong order" claim on the demo order NG-240001 (its item's SKU). */
    public static Map<String, Object> cancelWrongOrderRequest(String sku) {
        return Map.of(
                "category", "CANCEL_WRONG_ORDER",
                "shop", "shenzhen-gadgets",
                "country", "NG",
                "orderNumber", "NG-240001",
                "sku", sku,
                "reason", "sku-deleted-still-orders",
                "comment", "We deleted this SKU on the seller center last week.");
    }

    private ClaimFixtures() {}

    public static ClaimSubmission cancelWrongOrder(String shop) {
        return new ClaimSubmission(
                ClaimCategory.CANCEL_WRONG_ORDER,
                shop,
                shop,
                "seller@" + shop + ".example",
                "NG",
                Map.of(
                        ClaimField.ORDER_NUMBER, "NG-240001",
                        ClaimField.SKU, "SZG-CHARGER-65W",
                        ClaimField.CANCEL_REASON, "sku-deleted-still-orders",
                        ClaimField.COMMENT, "The SKU was deleted but orders still arrive."),
                List.of(),
                "test");
    }
}
