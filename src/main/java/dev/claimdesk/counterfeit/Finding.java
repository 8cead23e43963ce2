package dev.claimdesk.counterfeit;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A recorded counterfeit finding and how far its appeal has come.
 *
 * @param appealChannel "claim" or "email" once the seller appealed
 * @param penaltyPostingId the bill service's penalty posting, once posted
 * @param reversalPostingId the reversal of that penalty, if it was reversed
 * @param reminderAt when the seller is reminded of the open window (the appeal's, then the documents'), as the process
 *     computed it
 */
public record Finding(
        String reference,
        String shop,
        String shopName,
        String sellerEmail,
        String country,
        String orderNumber,
        String sku,
        BigDecimal penaltyAmount,
        String currency,
        String reason,
        String evidence,
        FindingStatus status,
        String recordedBy,
        Instant recordedAt,
        Long processInstanceKey,
        Instant noticeSentAt,
        Instant appealDueAt,
        String appealChannel,
        String appealClaimReference,
        Instant appealedAt,
        Instant documentsDueAt,
        Decision decision,
        String decisionReason,
        Instant decidedAt,
        Long penaltyPostingId,
        Instant penaltyPostedAt,
        Long reversalPostingId,
        Instant reversedAt,
        Instant delistedAt,
        Instant reminderAt) {

    public String penalty() {
        return penaltyAmount.toPlainString() + " " + currency;
    }
}
