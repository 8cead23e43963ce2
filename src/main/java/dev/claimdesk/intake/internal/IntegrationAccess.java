package dev.claimdesk.intake.internal;

import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.orders.Orders;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class IntegrationAccess {

    private final Integrations integrations;
    private final Orders orders;

    IntegrationAccess(Integrations integrations, Orders orders) {
        this.integrations = integrations;
        this.orders = orders;
    }

    boolean mayActFor(String integration, String shop) {
        return integrations.byName(integration).map(i -> i.mayActFor(shop)).orElse(false);
    }

    /** A shop may be named by code or name: the code decides. An unknown shop is left to validation to name. */
    void requireShop(String integration, String shop) {
        if (shop == null || shop.isBlank()) {
            return;
        }
        String code;
        try {
            code = orders.findShop(shop.strip()).map(s -> s.code()).orElse(null);
        } catch (RuntimeException e) {
            return; // the order service's answer is needed for validation anyway, which reports it
        }
        if (code != null && !mayActFor(integration, code)) {
            throw new IntakeRejected(
                    IntakeRejected.Reason.FORBIDDEN,
                    "This integration may not submit claims for shop " + code + ".",
                    List.of(new IntakeRejected.FieldError("shop", "Not a shop of this integration.")));
        }
    }
}
