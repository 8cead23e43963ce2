package dev.claimdesk.rtv.internal;

import static dev.claimdesk.rtv.internal.RtvStore.timestamp;

import dev.claimdesk.platform.BulkInsert;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.rtv.PastRtvCase;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvEntry;
import dev.claimdesk.rtv.RtvHistoryImported;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Past RTV cases into the rtv tables with multi-row inserts, as the claims' history is imported. Ids are taken after
 * the highest one in a locked read, so that references are known before the insert; the published events are read
 * back from the stored rows, as a rebuild of the dashboard reads them, so the two cannot disagree.
 */
@Component
class RtvHistoryImport {

    private final RtvStore store;
    private final PlatformProperties settings;
    private final ApplicationEventPublisher events;
    private final BulkInsert cases;
    private final BulkInsert audit;

    RtvHistoryImport(JdbcTemplate jdbc, RtvStore store, PlatformProperties settings, ApplicationEventPublisher events) {
        this.store = store;
        this.settings = settings;
        this.events = events;
        this.cases = new BulkInsert(
                jdbc,
                "rtv_case",
                List.of(
                        "id",
                        "reference",
                        "shop",
                        "shop_name",
                        "seller_email",
                        "country",
                        "order_number",
                        "sku",
                        "item_name",
                        "returned_at",
                        "reason",
                        "status",
                        "requested_at",
                        "channel",
                        "pickup_date",
                        "pickup_place",
                        "pickup_due_at",
                        "collected_at",
                        "appealed",
                        "appeal_reference",
                        "appeal_note",
                        "claim_window_closes_at",
                        "claim_reference",
                        "closed_at",
                        "reminder_at"),
                "");
        this.audit = new BulkInsert(jdbc, "rtv_audit", List.of("rtv_case_id", "at", "actor", "event", "details"), "");
    }

    @Transactional
    List<String> importHistory(List<PastRtvCase> past) {
        long last = cases.highestIdLocked();
        long cursor = last;
        List<Object[]> caseRows = new ArrayList<>();
        List<Object[]> auditRows = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (PastRtvCase pastCase : past) {
            RtvCase c = pastCase.rtvCase();
            long id = ++last;
            String reference = RtvStore.reference(
                    c.requestedAt().atZone(settings.timeZone()).getYear(), id);
            references.add(reference);
            // as the pickup step names an appeal when the staff give no reference of their own
            String appealReference = Boolean.TRUE.equals(c.appealed()) ? "APL-" + reference : null;
            caseRows.add(new Object[] {
                id,
                reference,
                c.shop(),
                c.shopName(),
                c.sellerEmail(),
                c.country(),
                c.orderNumber(),
                c.sku(),
                c.itemName(),
                timestamp(c.returnedAt()),
                c.reason(),
                c.status().name(),
                timestamp(c.requestedAt()),
                pastCase.channel(),
                c.pickupDate() == null ? null : java.sql.Date.valueOf(c.pickupDate()),
                c.pickupPlace(),
                timestamp(c.pickupDueAt()),
                timestamp(c.collectedAt()),
                c.appealed(),
                appealReference,
                c.appealNote(),
                timestamp(c.claimWindowClosesAt()),
                c.claimReference(),
                timestamp(c.closedAt()),
                timestamp(c.reminderAt())
            });
            for (RtvEntry entry : pastCase.trail()) {
                auditRows.add(new Object[] {id, timestamp(entry.at()), entry.actor(), entry.event(), entry.details()});
            }
        }
        cases.insert(caseRows);
        audit.insert(auditRows);
        events.publishEvent(
                new RtvHistoryImported(store.historyAfter(cursor, past.size()).events()));
        return references;
    }
}
