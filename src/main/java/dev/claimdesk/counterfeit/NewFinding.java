package dev.claimdesk.counterfeit;

import java.math.BigDecimal;

/**
 * A counterfeit finding as the brand-protection team (or its system) reports it.
 *
 * @param penaltyAmount in the shop's currency
 * @param evidence what the finding rests on (test purchase, brand owner's report, ...)
 */
public record NewFinding(
        String shop,
        String country,
        String orderNumber,
        String sku,
        BigDecimal penaltyAmount,
        String reason,
        String evidence) {}
