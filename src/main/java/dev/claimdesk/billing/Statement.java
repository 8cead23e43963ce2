package dev.claimdesk.billing;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A shop's account statement for one month.
 *
 * @param credits the sum of the positive transactions
 * @param debits the sum of the negative transactions, as a positive number
 * @param net credits minus debits: what the period's payout should be
 */
public record Statement(
        String shop,
        YearMonth period,
        String currency,
        BigDecimal credits,
        BigDecimal debits,
        BigDecimal net,
        int transactionCount) {}
