package dev.claimdesk.billing;

import java.math.BigDecimal;

/**
 * A correction of a shop's account, e.g. after an accepted bill claim or a wrong return.
 *
 * @param amount positive; {@code direction} says which way
 * @param tradeType the trade type it corrects
 * @param reference what it is for, e.g. the claim's reference
 */
public record Adjustment(
        String shop,
        Posting.Direction direction,
        BigDecimal amount,
        String currency,
        TradeType tradeType,
        String reason,
        String reference) {}
