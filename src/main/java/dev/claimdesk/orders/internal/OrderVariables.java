package dev.claimdesk.orders.internal;

import dev.claimdesk.orders.Order;
import dev.claimdesk.orders.OrderItem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Orders as process variables: plain strings, numbers and lists, so that FEEL expressions and the task forms can read
 * them and no date or decimal type depends on the engine's JSON mapper.
 */
final class OrderVariables {

    private OrderVariables() {}

    static Map<String, Object> of(Order order) {
        var map = new LinkedHashMap<String, Object>();
        map.put("orderNumber", order.orderNumber());
        map.put("shop", order.shop());
        map.put("country", order.country());
        map.put(
                "createdAt",
                order.createdAt() == null ? null : order.createdAt().toString());
        map.put(
                "shippingType",
                order.shippingType() == null ? null : order.shippingType().name());
        map.put("trackingNumber", order.trackingNumber());
        map.put("sortingCenter", order.sortingCenter());
        map.put("currency", order.currency());
        map.put("items", order.items().stream().map(OrderVariables::of).toList());
        return map;
    }

    static Map<String, Object> of(OrderItem item) {
        var map = new LinkedHashMap<String, Object>();
        map.put("sku", item.sku());
        map.put("name", item.name());
        map.put("price", item.price());
        map.put("shippingFee", item.shippingFee());
        map.put("status", item.status() == null ? null : item.status().name());
        map.put(
                "cancellation",
                item.cancellation() == null ? null : item.cancellation().kind().name());
        return map;
    }
}
