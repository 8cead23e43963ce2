package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimHistoryImported;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.claims.PastClaim;
import dev.claimdesk.platform.BulkInsert;
import dev.claimdesk.platform.PlatformProperties;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Past claims into the claim tables with multi-row inserts: thousands per second instead of one process each. Ids
 * are taken after the highest one in a locked read, so that references (CLM-YYYY-id) are known before the insert.
 */
@Component
class ClaimHistoryImport {

    /** The status a claim has after each step of its trail. */
    private static final Map<String, ClaimStatus> STATUS_AFTER = Map.of(
            ClaimEvent.SUBMITTED,
            ClaimStatus.SUBMITTED,
            "registered",
            ClaimStatus.REGISTERED,
            ClaimEvent.ROUTED,
            ClaimStatus.IN_PROGRESS,
            ClaimEvent.INFO_REQUESTED,
            ClaimStatus.WAITING_FOR_SELLER,
            ClaimEvent.SELLER_REPLIED,
            ClaimStatus.IN_PROGRESS,
            ClaimEvent.ACCEPTED,
            ClaimStatus.ACCEPTED,
            ClaimEvent.REJECTED,
            ClaimStatus.REJECTED,
            ClaimEvent.AUTO_CLOSED,
            ClaimStatus.AUTO_CLOSED,
            ClaimEvent.INVALID,
            ClaimStatus.INVALID);

    private final PlatformProperties settings;
    private final ApplicationEventPublisher events;
    private final BulkInsert claims;
    private final BulkInsert fields;
    private final BulkInsert audit;

    ClaimHistoryImport(JdbcTemplate jdbc, PlatformProperties settings, ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
        this.claims = new BulkInsert(
                jdbc,
                "claim",
                List.of(
                        "id",
                        "reference",
                        "category",
                        "shop",
                        "shop_name",
                        "seller_email",
                        "country",
                        "channel",
                        "order_number",
                        "statement_period",
                        "trade_type",
                        "status",
                        "sla_breached",
                        "submitted_at",
                        "updated_at",
                        "closed_at"),
                "");
        this.fields = new BulkInsert(jdbc, "claim_field", List.of("claim_id", "field", "value"), "");
        this.audit = new BulkInsert(
                jdbc, "claim_audit", List.of("claim_id", "at", "actor", "event", "details", "facts"), "");
    }

    @Transactional
    List<String> importHistory(List<PastClaim> past) {
        long last = claims.highestIdLocked();
        List<Object[]> claimRows = new ArrayList<>();
        List<Object[]> fieldRows = new ArrayList<>();
        List<Object[]> auditRows = new ArrayList<>();
        List<ClaimEvent> published = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (PastClaim claim : past) {
            long id = ++last;
            String reference = "CLM-%d-%06d"
                    .formatted(claim.submittedAt().atZone(settings.timeZone()).getYear(), id);
            references.add(reference);
            ClaimStatus status = ClaimStatus.SUBMITTED;
            Instant updated = claim.submittedAt();
            for (PastClaim.Step step : claim.trail()) {
                status = STATUS_AFTER.getOrDefault(step.event(), status);
                updated = step.at();
                auditRows.add(new Object[] {
                    id, utc(step.at()), step.actor(), step.event(), step.details(), AuditFacts.encode(step.facts())
                });
                published.add(new ClaimEvent(
                        reference,
                        ClaimHandling.PROCESS_ID,
                        claim.category(),
                        claim.country(),
                        claim.submittedAt(),
                        step.at(),
                        step.actor(),
                        step.event(),
                        status,
                        step.facts()));
            }
            claim.fields().forEach((field, value) -> fieldRows.add(new Object[] {id, field.name(), value}));
            claimRows.add(new Object[] {
                id,
                reference,
                claim.category().name(),
                claim.shop(),
                claim.shopName(),
                claim.sellerEmail(),
                claim.country(),
                claim.channel(),
                claim.fields().get(dev.claimdesk.claims.ClaimField.ORDER_NUMBER),
                claim.fields().get(dev.claimdesk.claims.ClaimField.STATEMENT_PERIOD),
                claim.fields().get(dev.claimdesk.claims.ClaimField.TRADE_TYPE),
                status.name(),
                claim.slaBreached(),
                utc(claim.submittedAt()),
                utc(updated),
                status.isOpen() ? null : utc(updated)
            });
        }
        claims.insert(claimRows);
        fields.insert(fieldRows);
        audit.insert(auditRows);
        events.publishEvent(new ClaimHistoryImported(published));
        return references;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
