package dev.claimdesk.orders;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item of an order.
 *
 * @param price the actual selling price
 * @param shippingFee the freight the buyer paid
 * @param history the item's status changes, oldest first
 * @param cancellation why the item was cancelled; null unless it is
 */
public record OrderItem(
        String sku,
        String name,
        BigDecimal price,
        BigDecimal shippingFee,
        ItemStatus status,
        List<StatusChange> history,
        Cancellation cancellation) {

    public OrderItem {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Who or what cancelled the item, and what was said. */
    public record Cancellation(CancellationKind kind, String comment) {}

    public enum CancellationKind {
        /** The customer cancelled before the parcel was scanned. */
        CUSTOMER,
        /** The seller cancelled for lack of stock: counts against the seller's score. */
        SELLER_OUT_OF_STOCK,
        /** Cancelled automatically: not delivered to the warehouse within 5 workdays. */
        NOT_SHIPPED_IN_TIME,
        /** Cancelled by the platform after a claim, without impact on the seller's score. */
        NON_OOS
    }
}
