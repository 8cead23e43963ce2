package dev.claimdesk.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A booking the platform made on a shop's account. Each posting also appears as a transaction on the statement.
 *
 * @param amount always positive; {@code direction} says which way it goes
 * @param reference what it is for, e.g. the claim's reference
 * @param reversesPostingId for a penalty reversal, the penalty it reverses
 */
public record Posting(
        long id,
        String idempotencyKey,
        PostingKind kind,
        String shop,
        Direction direction,
        BigDecimal amount,
        String currency,
        TradeType tradeType,
        String reason,
        String reference,
        Long reversesPostingId,
        Instant postedAt) {

    public enum PostingKind {
        ADJUSTMENT,
        PENALTY,
        PENALTY_REVERSAL
    }

    public enum Direction {
        /** Money to the seller. */
        CREDIT,
        /** Money from the seller. */
        DEBIT
    }
}
