package dev.claimdesk.orders;

import java.time.Instant;

/**
 * A SKU taken off sale in the catalog, e.g. after a counterfeit finding.
 *
 * @param shop the shop's code
 * @param delistedAt when it was first delisted (delisting again keeps it)
 */
public record SkuDelisting(String shop, String sku, String reason, Instant delistedAt) {}
