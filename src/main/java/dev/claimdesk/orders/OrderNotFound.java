package dev.claimdesk.orders;

/** The order service does not know the order (or the shop, or the SKU in the order). A business outcome. */
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(String message) {
        super(message);
    }
}
