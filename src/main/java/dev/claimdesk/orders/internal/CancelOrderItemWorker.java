package dev.claimdesk.orders.internal;

import dev.claimdesk.orders.OrderNotFound;
import dev.claimdesk.orders.OrderRejected;
import dev.claimdesk.orders.OrderWork;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.platform.FaultPoints;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Cancels an order item as non-OOS (no seller-score impact). The order service's cancellation is idempotent, so a job
 * delivered twice cancels once and completes both times.
 */
@Component
public class CancelOrderItemWorker {

    private final Orders orders;
    private final FaultPoints faults;

    CancelOrderItemWorker(Orders orders, FaultPoints faults) {
        this.orders = orders;
        this.faults = faults;
    }

    @JobWorker(
            type = OrderWork.JOB_CANCEL_ORDER_ITEM,
            fetchVariables = {OrderWork.VAR_ORDER_NUMBER, OrderWork.VAR_SKU, OrderWork.VAR_CANCEL_REASON})
    public Map<String, Object> cancelOrderItem(
            @Variable(name = OrderWork.VAR_ORDER_NUMBER) String orderNumber,
            @Variable(name = OrderWork.VAR_SKU) String sku,
            @Variable(name = OrderWork.VAR_CANCEL_REASON) String cancelReason) {
        try {
            var item = orders.cancelItemAsNonOos(orderNumber, sku, cancelReason);
            faults.reach(FaultPoints.ITEM_CANCELLED_BEFORE_COMPLETE);
            return Map.of(OrderWork.VAR_CANCELLED_ITEM, OrderVariables.of(item));
        } catch (OrderNotFound e) {
            throw CamundaError.bpmnError(OrderWork.ERR_ORDER_NOT_FOUND, e.getMessage());
        } catch (OrderRejected e) {
            throw CamundaError.bpmnError(
                    OrderWork.ERR_ORDER_ITEM_NOT_CANCELLABLE, e.getMessage(), Map.of("cancelRejectedCode", e.code()));
        }
    }
}
