package dev.claimdesk.billing;

import java.time.YearMonth;
import java.util.List;

/**
 * The bill service. Business outcomes are typed exceptions ({@link BillingNotFound}, {@link BillingRejected}) that
 * job workers turn into BPMN errors ({@link BillingWork}); anything else is a
 * {@link dev.claimdesk.platform.OutsideServiceException}: a job failure, then an incident.
 *
 * <p>Every posting carries an idempotency key: posting again with the same key (a job delivered twice, a retry after
 * a timeout) returns the first posting and posts nothing; the same key with a different request is rejected.
 */
public interface Billing {

    /** The shop's account statements from {@code from} to {@code to} (months, both included), oldest first. */
    List<Statement> statements(String shop, YearMonth from, YearMonth to) throws BillingNotFound;

    /** The transactions of one statement period, optionally of one trade type only ({@code null}: all). */
    List<Transaction> transactions(String shop, YearMonth period, TradeType tradeType) throws BillingNotFound;

    /** The shop's payouts, newest first. */
    List<Payout> payouts(String shop) throws BillingNotFound;

    Posting postAdjustment(String idempotencyKey, Adjustment adjustment) throws BillingNotFound, BillingRejected;

    Posting postPenalty(String idempotencyKey, Penalty penalty) throws BillingNotFound, BillingRejected;

    /**
     * Reverses a penalty: a credit of the same amount. A penalty is reversed at most once.
     *
     * @throws BillingNotFound if no penalty has that id
     * @throws BillingRejected if it was already reversed under another key, or the posting is not a penalty
     */
    Posting reversePenalty(String idempotencyKey, long penaltyId, String reason)
            throws BillingNotFound, BillingRejected;
}
