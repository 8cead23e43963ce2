package dev.claimdesk.billing;

import java.math.BigDecimal;

/**
 * A penalty debited from a shop (e.g. for a counterfeit product).
 *
 * @param orderNumber the order it concerns, if any
 */
public record Penalty(
        String shop, BigDecimal amount, String currency, String reason, String reference, String orderNumber) {}
