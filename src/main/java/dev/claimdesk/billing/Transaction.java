package dev.claimdesk.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One line of a statement.
 *
 * @param amount positive for a credit to the seller, negative for a debit
 * @param orderNumber the order it concerns, if any
 * @param postingId the posting that made it (adjustments, penalties), if any
 */
public record Transaction(
        long id,
        String shop,
        YearMonth period,
        Instant bookedAt,
        TradeType tradeType,
        BigDecimal amount,
        String currency,
        String orderNumber,
        String description,
        Long postingId) {}
