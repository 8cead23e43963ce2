package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.orders.Orders;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** Takes the counterfeit SKU off sale; the order service's delisting is idempotent, so doing it twice is harmless. */
@Component
public class DelistSkuWorker {

    private final FindingSteps steps;
    private final Orders orders;

    public DelistSkuWorker(FindingSteps steps, Orders orders) {
        this.steps = steps;
        this.orders = orders;
    }

    @JobWorker(type = CounterfeitAppeal.JOB_DELIST_SKU, fetchVariables = CounterfeitAppeal.VAR_FINDING_REFERENCE)
    public void delistSku(
            ActivatedJob job, @Variable(name = CounterfeitAppeal.VAR_FINDING_REFERENCE) String reference) {
        var finding = steps.finding(reference);
        var delisting = orders.delistSku(finding.shop(), finding.sku(), "Counterfeit finding " + reference);
        steps.inTransaction(() -> {
            if (finding.delistedAt() == null) {
                steps.store().set(reference, "delisted_at", delisting.delistedAt());
            }
            steps.audit(finding, job, "SKU delisted", finding.sku() + " of " + finding.shop());
        });
    }
}
