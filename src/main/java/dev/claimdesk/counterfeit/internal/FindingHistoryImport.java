package dev.claimdesk.counterfeit.internal;

import static dev.claimdesk.counterfeit.internal.FindingStore.utc;

import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.FindingEvent;
import dev.claimdesk.counterfeit.FindingHistoryImported;
import dev.claimdesk.counterfeit.PastFinding;
import dev.claimdesk.platform.BulkInsert;
import dev.claimdesk.platform.PlatformProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Past findings into the counterfeit tables with multi-row inserts, as the claims' history is imported. Ids are taken
 * after the highest one in a locked read, so that references are known before the insert; the published events are
 * read back from the stored rows, as a rebuild of the dashboard reads them, so the two cannot disagree.
 */
@Component
class FindingHistoryImport {

    private final FindingStore store;
    private final PlatformProperties settings;
    private final ApplicationEventPublisher events;
    private final BulkInsert findings;
    private final BulkInsert audit;

    FindingHistoryImport(
            JdbcTemplate jdbc, FindingStore store, PlatformProperties settings, ApplicationEventPublisher events) {
        this.store = store;
        this.settings = settings;
        this.events = events;
        this.findings = new BulkInsert(
                jdbc,
                "counterfeit_finding",
                List.of(
                        "id",
                        "reference",
                        "shop",
                        "shop_name",
                        "seller_email",
                        "country",
                        "order_number",
                        "sku",
                        "penalty_amount",
                        "currency",
                        "reason",
                        "evidence",
                        "status",
                        "recorded_by",
                        "recorded_at",
                        "channel",
                        "notice_sent_at",
                        "appeal_due_at",
                        "appeal_channel",
                        "appealed_at",
                        "documents_due_at",
                        "decision",
                        "decision_reason",
                        "decided_at",
                        "penalty_posted_at",
                        "delisted_at",
                        "reminder_at"),
                "");
        this.audit = new BulkInsert(
                jdbc, "counterfeit_audit", List.of("finding_reference", "at", "actor", "event", "details"), "");
    }

    @Transactional
    List<String> importHistory(List<PastFinding> past) {
        long last = findings.highestIdLocked();
        long cursor = last;
        List<Object[]> findingRows = new ArrayList<>();
        List<Object[]> auditRows = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (PastFinding pastFinding : past) {
            Finding f = pastFinding.finding();
            long id = ++last;
            String reference = FindingStore.reference(
                    f.recordedAt().atZone(settings.timeZone()).getYear(), id);
            references.add(reference);
            findingRows.add(new Object[] {
                id,
                reference,
                f.shop(),
                f.shopName(),
                f.sellerEmail(),
                f.country(),
                f.orderNumber(),
                f.sku(),
                f.penaltyAmount(),
                f.currency(),
                f.reason(),
                f.evidence(),
                f.status().name(),
                f.recordedBy(),
                utc(f.recordedAt()),
                pastFinding.channel(),
                utc(f.noticeSentAt()),
                utc(f.appealDueAt()),
                f.appealChannel(),
                utc(f.appealedAt()),
                utc(f.documentsDueAt()),
                f.decision().name(),
                f.decisionReason(),
                utc(f.decidedAt()),
                utc(f.penaltyPostedAt()),
                utc(f.delistedAt()),
                utc(f.reminderAt())
            });
            for (FindingEvent entry : pastFinding.trail()) {
                auditRows.add(new Object[] {reference, utc(entry.at()), entry.actor(), entry.event(), entry.details()});
            }
        }
        findings.insert(findingRows);
        audit.insert(auditRows);
        events.publishEvent(new FindingHistoryImported(
                store.historyAfter(cursor, past.size()).events()));
        return references;
    }
}
