package dev.claimdesk.orders;

/** Names shared by process models and the order workers: job types, variables and BPMN error codes. */
public final class OrderWork {

    /** Reads the order into the {@link #VAR_ORDER} variable. Input: {@link #VAR_ORDER_NUMBER}. */
    public static final String JOB_FETCH_ORDER = "orders-fetch-order";

    /**
     * Cancels an item as non-OOS. Inputs: {@link #VAR_ORDER_NUMBER}, {@link #VAR_SKU}, {@link #VAR_CANCEL_REASON};
     * output: {@link #VAR_CANCELLED_ITEM}.
     */
    public static final String JOB_CANCEL_ORDER_ITEM = "orders-cancel-order-item";

    public static final String VAR_ORDER_NUMBER = "orderNumber";
    public static final String VAR_SKU = "sku";
    public static final String VAR_CANCEL_REASON = "cancelReason";
    /** The order's facts as a map (strings, numbers, lists): see the fetch worker. */
    public static final String VAR_ORDER = "order";
    /** The cancelled item: sku, status, cancellation kind. */
    public static final String VAR_CANCELLED_ITEM = "cancelledItem";

    /** BPMN error codes (the error event {@code Err_OrderNotFound} carries this code). */
    public static final String ERR_ORDER_NOT_FOUND = "ORDER_NOT_FOUND";

    /** The item could not be cancelled (already shipped, delivered, or cancelled for another reason). */
    public static final String ERR_ORDER_ITEM_NOT_CANCELLABLE = "ORDER_ITEM_NOT_CANCELLABLE";

    private OrderWork() {}
}
