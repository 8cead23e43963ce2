package dev.claimdesk.orders;

/** The statuses of an order item, as sellers see them in the seller center. */
public enum ItemStatus {
    PENDING("Pending"),
    READY_TO_SHIP("Ready to Ship"),
    SHIPPED("Shipped"),
    DELIVERED("Delivered"),
    CANCELED("Canceled"),
    DELIVERY_FAILED("Delivery failed"),
    RETURNED("Returned");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
