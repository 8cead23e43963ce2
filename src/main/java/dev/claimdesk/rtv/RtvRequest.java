package dev.claimdesk.rtv;

/**
 * A seller's request to have a returned item sent back to them (RTV), e.g. because the returned product is not theirs.
 *
 * @param shop the shop's code or name
 * @param orderNumber the order
 * @param sku the returned item
 * @param reason what the seller says, optional
 * @param channel where it came from, e.g. "api:seller-center"
 */
public record RtvRequest(String shop, String orderNumber, String sku, String reason, String channel) {}
