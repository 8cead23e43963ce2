package dev.claimdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.billing.BillingWork;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.support.ReferenceOrderFixture;
import io.camunda.client.CamundaClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * engine -> worker -> client -> HTTP -> reference service -> database, and back: the application's own workers
 * serve a probe process that fetches an order, cancels its item as non-OOS and posts a bill adjustment; the business
 * outcomes come back as BPMN errors the process catches.
 */
@ClaimDeskTest
class OrderWorkersProcessTest {

    @Autowired
    CamundaClient client;

    @Autowired
    ProcessTestHarness harness;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void deploy() {
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/OrderWorkersProbe.bpmn")
                .send()
                .join();
    }

    @Test
    void fetchesTheOrderCancelsTheItemAndPostsTheAdjustment() {
        String number = ReferenceOrderFixture.order(jdbc, "PENDING");

        long instance = start(number, ReferenceOrderFixture.SKU);

        harness.awaitCompleted(instance, "EndEvent_Done");
        assertThat(ReferenceOrderFixture.itemStatus(jdbc, number)).isEqualTo("CANCELED");
        assertThat(jdbc.queryForObject(
                        "SELECT cancel_comment FROM ref_order_item WHERE order_number = ?", String.class, number))
                .isEqualTo("SKU deleted on SC but still get order (" + number + ")");
        Map<String, Object> posting = jdbc.queryForMap(
                "SELECT idempotency_key, amount, reference FROM ref_bill_posting WHERE reference = ?", number);
        assertThat((String) posting.get("IDEMPOTENCY_KEY")).startsWith("job-");
        assertThat(posting.get("AMOUNT").toString()).isEqualTo("6500.00");
    }

    @Test
    void anUnknownOrderEndsAtTheOrderNotFoundError() {
        long instance = start("NG-000000000", "ANY");

        harness.awaitCompleted(instance, "EndEvent_OrderNotFound");
        assertThat(harness.completedElements(instance)).doesNotContain("Task_CancelOrderItem");
    }

    @Test
    void aDeliveredItemEndsAtTheNotCancellableError() {
        String number = ReferenceOrderFixture.order(jdbc, "DELIVERED");

        long instance = start(number, ReferenceOrderFixture.SKU);

        harness.awaitCompleted(instance, "EndEvent_NotCancellable");
        assertThat(ReferenceOrderFixture.itemStatus(jdbc, number)).isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ref_bill_posting WHERE reference = ?", Integer.class, number))
                .isZero();
    }

    private long start(String orderNumber, String sku) {
        var adjustment = new HashMap<String, Object>();
        adjustment.put("direction", "CREDIT");
        adjustment.put("amount", "6500.00");
        adjustment.put("currency", "NGN");
        adjustment.put("tradeType", "PENALTY");
        adjustment.put("reason", "Cancelled as non-OOS: penalty refunded");
        adjustment.put("reference", orderNumber);
        return client.newCreateInstanceCommand()
                .bpmnProcessId("OrderWorkersProbe")
                .latestVersion()
                .variables(Map.of(
                        OrderWork.VAR_ORDER_NUMBER, orderNumber,
                        OrderWork.VAR_SKU, sku,
                        OrderWork.VAR_CANCEL_REASON, "SKU deleted on SC but still get order (" + orderNumber + ")",
                        BillingWork.VAR_SHOP, ReferenceOrderFixture.SHOP,
                        BillingWork.VAR_ADJUSTMENT, adjustment))
                .send()
                .join()
                .getProcessInstanceKey();
    }
}
