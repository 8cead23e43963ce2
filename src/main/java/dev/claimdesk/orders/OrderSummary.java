package dev.claimdesk.orders;

import java.time.Instant;
import java.util.List;

/** One line of a shop's order list: the order without its items' histories. */
public record OrderSummary(
        String orderNumber,
        String shop,
        String country,
        Instant createdAt,
        ShippingType shippingType,
        String trackingNumber,
        List<ItemStatus> itemStatuses) {

    public OrderSummary {
        itemStatuses = itemStatuses == null ? List.of() : List.copyOf(itemStatuses);
    }
}
