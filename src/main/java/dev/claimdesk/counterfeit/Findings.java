package dev.claimdesk.counterfeit;

import java.util.List;
import java.util.Optional;

/** The counterfeit module's API: findings, their audit trail, and the appeal window other modules check. */
public interface Findings {

    /** A stored finding, and whether it was an earlier request's (same idempotency key). */
    record Recorded(Finding finding, boolean replayed) {}

    /**
     * Validates and stores a finding with its audit entry; its CounterfeitAppeal process starts once the transaction
     * commits. The same channel and idempotency key return the first finding (a different request under that key is
     * refused).
     *
     * @throws FindingRejected naming each wrong field
     */
    Recorded record(NewFinding finding, String actor, String channel, String idempotencyKey);

    Optional<Finding> find(String reference);

    List<Finding> recent(int limit);

    /** The shop's findings, newest first. */
    List<Finding> ofShop(String shop);

    List<FindingEvent> history(String reference);

    /** The newest finding for this shop, order and SKU. */
    Optional<Finding> latestFor(String shop, String orderNumber, String sku);

    /** The newest finding for this shop, order and SKU, and whether it can still be appealed now. */
    AppealWindow appealWindow(String shop, String orderNumber, String sku);

    /**
     * The claim is the seller's appeal against the finding: recorded on the finding (joins the caller's transaction)
     * and passed to its process after commit.
     */
    void appealByClaim(String findingReference, String claimReference);

    /**
     * The stored findings' audit trails replayed as the {@link FindingAudited} events they published (each with the
     * finding as it stands now), whole findings at a time in the order they were stored: findings after {@code cursor}
     * (0 for the first page), at most {@code findings} of them. For read models that rebuild themselves.
     */
    dev.claimdesk.platform.HistoryPage<FindingAudited> historyAfter(long cursor, int findings);

    /**
     * Stores decided findings with their trails in bulk (no process each) and publishes them as one
     * {@link FindingHistoryImported}; returns their references, in the given order.
     */
    List<String> importHistory(List<PastFinding> findings);
}
