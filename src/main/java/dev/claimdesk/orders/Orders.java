package dev.claimdesk.orders;

import java.util.Optional;

/**
 * The order service. Business outcomes are typed exceptions ({@link OrderNotFound}, {@link OrderRejected}) that job
 * workers turn into BPMN errors ({@link OrderWork}); anything else (service down after retries, a wrong token) is a
 * {@link dev.claimdesk.platform.OutsideServiceException}, which a worker lets through: a job failure, then an
 * incident.
 */
public interface Orders {

    /** The order with its items and each item's status history. */
    Order order(String orderNumber) throws OrderNotFound;

    /**
     * A shop's orders, newest first.
     *
     * @param shop the shop's code or name
     * @param page from 0
     * @param size at most 200
     * @throws OrderNotFound if the shop is unknown
     */
    OrderPage ordersOfShop(String shop, int page, int size) throws OrderNotFound;

    /** The shop with this code or name (case-insensitive), e.g. to check that a claim's shop exists. */
    Optional<Shop> findShop(String codeOrName);

    /**
     * Cancels an item as non-OOS: the seller's score is not affected. Idempotent: cancelling an item already cancelled
     * as non-OOS returns it as it is.
     *
     * @param reason why, e.g. the claim's reason ("SKU deleted on SC but still get order") and its reference
     * @throws OrderNotFound if the order or the SKU in it is unknown
     * @throws OrderRejected if the item can no longer be cancelled (shipped, delivered, cancelled otherwise, ...)
     */
    OrderItem cancelItemAsNonOos(String orderNumber, String sku, String reason) throws OrderNotFound, OrderRejected;

    /**
     * Takes the shop's SKU off sale in the catalog. Idempotent: delisting a delisted SKU returns the first delisting.
     *
     * @param reason why, e.g. "Counterfeit finding CFN-2026-000001"
     * @throws OrderNotFound if the shop is unknown
     */
    SkuDelisting delistSku(String shop, String sku, String reason) throws OrderNotFound;

    /** The SKU's delisting, if it is delisted. */
    Optional<SkuDelisting> delisting(String shop, String sku) throws OrderNotFound;
}
