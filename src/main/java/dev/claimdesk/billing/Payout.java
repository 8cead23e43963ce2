package dev.claimdesk.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The payment of a statement period's balance to the seller.
 *
 * @param paidAt when the money left; null unless {@link PayoutState#PAID}
 * @param note why a payout is delayed or failed
 */
public record Payout(
        String id,
        String shop,
        YearMonth period,
        BigDecimal amount,
        String currency,
        PayoutState state,
        LocalDate scheduledOn,
        Instant paidAt,
        String note) {}
