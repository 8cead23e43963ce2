package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.AuditEntry;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimDetails;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimHit;
import dev.claimdesk.claims.ClaimHits;
import dev.claimdesk.claims.ClaimSearch;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.claims.ClaimSummary;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.tasks.Worker;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ClaimService implements Claims {

    static final String SYSTEM = "system";
    static final List<ClaimStatus> OPEN_STATUSES =
            Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen).toList();

    private final ClaimRepository claims;
    private final AuditRepository audit;
    private final AttachmentStore attachments;
    private final AppClock clock;
    private final PlatformProperties settings;
    private final ApplicationEventPublisher events;
    private final ClaimMetrics metrics;
    private final ClaimFinder finder;
    private final ClaimHistoryImport history;
    private final ClaimHistoryReplay replay;

    ClaimService(
            ClaimRepository claims,
            AuditRepository audit,
            AttachmentStore attachments,
            AppClock clock,
            PlatformProperties settings,
            ApplicationEventPublisher events,
            ClaimMetrics metrics,
            ClaimHistoryImport history,
            ClaimHistoryReplay replay,
            ClaimFinder finder) {
        this.history = history;
        this.replay = replay;
        this.finder = finder;
        this.claims = claims;
        this.audit = audit;
        this.attachments = attachments;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
        this.metrics = metrics;
    }

    @Override
    @Transactional
    public String submit(ClaimSubmission submission, String actor) {
        var claim = claims.saveAndFlush(new Claim(submission, clock.instant()));
        claim.assignReference(settings.timeZone());
        submission.attachments().forEach(file -> attachments.save(claim.id(), file));
        record(claim, actor, "submitted", submission.category().label() + " via " + submission.channel());
        metrics.submitted(submission.category().name(), submission.channel());
        events.publishEvent(new ClaimStored(claim.reference(), claim.summary().submittedAt()));
        var fields = new java.util.LinkedHashMap<String, String>();
        submission.fields().forEach((field, value) -> fields.put(field.key(), value));
        events.publishEvent(new dev.claimdesk.claims.ClaimEvents.Submitted(
                claim.reference(), submission.category(), submission.shop(), java.util.Map.copyOf(fields)));
        return claim.reference();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClaimSummary> find(String reference) {
        return claims.findByReference(reference).map(Claim::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClaimDetails> details(String reference) {
        return claims.findByReference(reference)
                .map(claim -> new ClaimDetails(
                        claim.summary(),
                        claim.category(),
                        Map.copyOf(claim.fields()),
                        attachments.list(claim.id()),
                        claim.deadlines()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> attachmentContent(String reference, long attachmentId) {
        return claims.findByReference(reference).flatMap(claim -> attachments.content(claim.id(), attachmentId));
    }

    @Override
    public List<String> importHistory(List<dev.claimdesk.claims.PastClaim> past) {
        return history.importHistory(past);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> openBillBreakdown(String shop, String statementPeriod, String tradeType) {
        return claims
                .findByShopAndCategoryAndStatementPeriodAndTradeTypeAndStatusIn(
                        shop, ClaimCategory.BILL_BREAKDOWN, statementPeriod, tradeType, OPEN_STATUSES)
                .stream()
                .map(Claim::reference)
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String reference) {
        return claims.findByReference(reference)
                .map(claim -> audit.findByClaimIdOrderById(claim.id()).stream()
                        .map(AuditRecord::entry)
                        .toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public ClaimHits search(ClaimSearch search, Worker worker, int page, int size, long countCap) {
        return finder.page(search, worker, page, size, countCap);
    }

    @Override
    public void forEachMatch(ClaimSearch search, Worker worker, Consumer<ClaimHit> row) {
        finder.forEach(search, worker, row);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClaimSummary> recent(int limit) {
        return claims.findAllByOrderByIdDesc(Limit.of(limit)).stream()
                .map(Claim::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public dev.claimdesk.platform.HistoryPage<ClaimEvent> historyAfter(long cursor, int claims) {
        return replay.after(cursor, claims);
    }

    @Override
    @Transactional
    public void record(String reference, String actor, String event, String details, Long jobKey) {
        var claim = claims.findByReference(reference)
                .orElseThrow(() -> new IllegalArgumentException("No claim " + reference));
        recordOnce(claim, actor, event, details, jobKey);
    }

    /** For events about tasks that may belong to no stored claim (e.g. a process started by hand). */
    @Transactional
    void recordIfClaimExists(String reference, String actor, String event, String details, Map<String, String> facts) {
        claims.findByReference(reference).ifPresent(claim -> recordOnce(claim, actor, event, details, null, facts));
    }

    /** One entry per job and event: a job delivered twice (Zeebe's at-least-once) leaves one. */
    void recordOnce(Claim claim, String actor, String event, String details, Long jobKey) {
        recordOnce(claim, actor, event, details, jobKey, Map.of());
    }

    /** As above; a new entry is also published as a {@link ClaimEvent} with the step's facts. */
    void recordOnce(Claim claim, String actor, String event, String details, Long jobKey, Map<String, String> facts) {
        if (jobKey != null && audit.existsByJobKeyAndEvent(jobKey, event)) {
            return;
        }
        var entry = audit.save(
                new AuditRecord(claim.id(), clock.instant(), actor, event, details, jobKey, AuditFacts.encode(facts)));
        var summary = claim.summary();
        events.publishEvent(new ClaimEvent(
                claim.reference(),
                ClaimHandling.PROCESS_ID,
                summary.category(),
                summary.country(),
                summary.submittedAt(),
                entry.entry().at(),
                actor,
                event,
                summary.status(),
                facts));
    }

    private void record(Claim claim, String actor, String event, String details) {
        recordOnce(claim, actor, event, details, null);
    }

    /** Published inside the submitting transaction; the process starts once it has committed. */
    record ClaimStored(String reference, java.time.Instant submittedAt) {}
}
