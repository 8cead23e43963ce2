package dev.claimdesk.claims;

import dev.claimdesk.platform.PageCount;
import dev.claimdesk.tasks.Worker;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The claims module's API. */
public interface Claims {

    /**
     * Stores a validated claim with its attachments and an audit entry, and starts its ClaimHandling process once the
     * transaction commits (joins the caller's transaction). Returns the reference (CLM-YYYY-NNNNNN).
     */
    String submit(ClaimSubmission submission, String actor);

    Optional<ClaimSummary> find(String reference);

    Optional<ClaimDetails> details(String reference);

    Optional<byte[]> attachmentContent(String reference, long attachmentId);

    List<AuditEntry> history(String reference);

    List<ClaimSummary> recent(int limit);

    /**
     * Claims open or closed that match, and that the worker may view (the claim view's rule: {@code Tasks.mayView};
     * supervisors see all), a page at a time, with the count per status up to {@code countCap} + 1 claims in all.
     */
    ClaimHits search(ClaimSearch search, Worker worker, int page, int size, long countCap);

    /** {@link #search(ClaimSearch, Worker, int, int, long)} counting up to 10,000 claims ("10,000+" beyond). */
    default ClaimHits search(ClaimSearch search, Worker worker, int page, int size) {
        return search(search, worker, page, size, PageCount.DEFAULT_CAP);
    }

    /** Every match of {@link #search}, in its order, streamed from the database row by row (constant memory). */
    void forEachMatch(ClaimSearch search, Worker worker, Consumer<ClaimHit> row);

    /**
     * Appends an entry to the claim's audit trail (joins the caller's transaction). With a job key, a job delivered
     * again writes nothing new: one entry per job and event.
     */
    void record(String reference, String actor, String event, String details, Long jobKey);

    /**
     * Stores past claims with their audit trails in bulk (multi-row inserts, no process: they are history) and
     * publishes one {@link ClaimHistoryImported}. Meant for a quiet system (the demo's start, a migration, a
     * benchmark). Returns the references, in order.
     */
    List<String> importHistory(List<PastClaim> claims);

    /** An open bill-breakdown claim of the shop for the period and trade type (one claim per trade type). */
    Optional<String> openBillBreakdown(String shop, String statementPeriod, String tradeType);

    /**
     * The stored audit trails replayed as the {@link ClaimEvent}s they published, whole claims at a time in the order
     * they were stored: claims after {@code cursor} (0 for the first page), at most {@code claims} of them. For read
     * models that rebuild themselves; entries written before the facts were kept (V186) carry none.
     */
    dev.claimdesk.platform.HistoryPage<ClaimEvent> historyAfter(long cursor, int claims);
}
