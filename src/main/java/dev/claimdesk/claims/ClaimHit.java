package dev.claimdesk.claims;

import java.time.Instant;

/**
 * One claim found by a {@link ClaimSearch}: what a results row and the CSV show.
 *
 * @param closedAt when it reached its final status, or null while open
 * @param sellerRepliedAt the seller's latest reply by mail, or null
 */
public record ClaimHit(
        String reference,
        ClaimCategory category,
        String shop,
        String shopName,
        String country,
        String orderNumber,
        String statementPeriod,
        ClaimStatus status,
        boolean slaBreached,
        Instant submittedAt,
        Instant closedAt,
        Instant sellerRepliedAt) {}
