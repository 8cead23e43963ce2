package dev.claimdesk.referenceservices.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON documents of the reference bill API (docs/api/bill-service.yaml). */
final class BillDocuments {

    private BillDocuments() {}

    /** The 13 trade types sellers may claim about, and the proceeds of orders. */
    static final List<String> TRADE_TYPES = List.of(
            "INTERNATIONAL_FREIGHT_FEE",
            "WAREHOUSE_PROCESSING_FEE",
            "CUSTOM_CLEANING_FEE",
            "PENALTY",
            "COMMISSION",
            "SUBSIDY",
            "DOWN_PAYMENT",
            "DUPLICATE_RECHARGE",
            "PAID_NOT_RECEIVED",
            "PAID_WRONG_AMOUNT",
            "FX_RATE",
            "SEKO_WEIGHT",
            "RECHARGE_RATE",
            "ORDER_REVENUE");

    record StatementDocument(
            String shop,
            String period,
            String currency,
            BigDecimal credits,
            BigDecimal debits,
            BigDecimal net,
            int transactionCount) {}

    record TransactionDocument(
            long id,
            String shop,
            String period,
            Instant bookedAt,
            String tradeType,
            BigDecimal amount,
            String currency,
            String orderNumber,
            String description,
            Long postingId) {}

    record PayoutDocument(
            String id,
            String shop,
            String period,
            BigDecimal amount,
            String currency,
            String state,
            LocalDate scheduledOn,
            Instant paidAt,
            String note) {}

    record PostingDocument(
            long id,
            String idempotencyKey,
            String kind,
            String shop,
            String direction,
            BigDecimal amount,
            String currency,
            String tradeType,
            String reason,
            String reference,
            Long reversesPostingId,
            Instant postedAt) {}

    record AdjustmentRequest(
            String direction, BigDecimal amount, String currency, String tradeType, String reason, String reference) {}

    record PenaltyRequest(BigDecimal amount, String currency, String reason, String reference, String orderNumber) {}

    record ReversalRequest(String reason) {}
}
