package dev.claimdesk.orders;

/**
 * The order service refused the change, e.g. to cancel an item that has shipped. A business outcome.
 *
 * @see #code() the service's reason, e.g. "ITEM_NOT_CANCELLABLE"
 */
public class OrderRejected extends RuntimeException {

    private final String code;

    public OrderRejected(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
