package dev.claimdesk.orders.internal;

import dev.claimdesk.orders.OrderNotFound;
import dev.claimdesk.orders.OrderWork;
import dev.claimdesk.orders.Orders;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads the claim's order from the order service into the process. Reading twice is harmless. */
@Component
public class FetchOrderWorker {

    private final Orders orders;

    FetchOrderWorker(Orders orders) {
        this.orders = orders;
    }

    @JobWorker(type = OrderWork.JOB_FETCH_ORDER, fetchVariables = OrderWork.VAR_ORDER_NUMBER)
    public Map<String, Object> fetchOrder(@Variable(name = OrderWork.VAR_ORDER_NUMBER) String orderNumber) {
        try {
            return Map.of(OrderWork.VAR_ORDER, OrderVariables.of(orders.order(orderNumber)));
        } catch (OrderNotFound e) {
            throw CamundaError.bpmnError(OrderWork.ERR_ORDER_NOT_FOUND, e.getMessage());
        }
    }
}
