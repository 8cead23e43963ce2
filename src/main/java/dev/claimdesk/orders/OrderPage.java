package dev.claimdesk.orders;

import java.util.List;

/** A page of a shop's orders, newest first; {@code total} counts all of the shop's orders. */
public record OrderPage(List<OrderSummary> orders, int page, int size, long total) {

    public OrderPage {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
