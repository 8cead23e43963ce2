package dev.claimdesk.support;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimSubmission;
import java.util.List;
import java.util.Map;

/** Valid claims for tests that need one stored (intake rules are tested on their own). */
public final class ClaimFixtures {

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
