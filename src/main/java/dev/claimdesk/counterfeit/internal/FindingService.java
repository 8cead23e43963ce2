package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.AppealWindow;
import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.counterfeit.FindingEvent;
import dev.claimdesk.counterfeit.FindingRejected;
import dev.claimdesk.counterfeit.FindingStatus;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.counterfeit.NewFinding;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Findings: validated, recorded once per idempotency key, audited; the appeal window other modules ask about. */
@Service
class FindingService implements Findings {

    private final FindingStore store;
    private final FindingValidator validator;
    private final AppClock clock;
    private final PlatformProperties platform;
    private final ApplicationEventPublisher events;
    private final FindingHistoryImport historyImport;

    FindingService(
            FindingHistoryImport historyImport,
            FindingStore store,
            FindingValidator validator,
            AppClock clock,
            PlatformProperties platform,
            ApplicationEventPublisher events) {
        this.historyImport = historyImport;
        this.store = store;
        this.validator = validator;
        this.clock = clock;
        this.platform = platform;
        this.events = events;
    }

    /** Published inside the recording transaction; the process starts after it commits. */
    record FindingRecorded(String reference) {}

    /** Published inside the transaction that took a claim as the appeal; the process is told after it commits. */
    record AppealClaimed(String findingReference, String claimReference) {}

    @Override
    @Transactional
    public Recorded record(NewFinding finding, String actor, String channel, String idempotencyKey) {
        String key = StringUtils.hasText(idempotencyKey) ? idempotencyKey.strip() : null;
        String hash = hash(finding);
        if (key != null) {
            var earlier = store.byIdempotencyKey(channel, key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), hash);
            }
        }
        var valid = validator.validate(finding);
        var now = clock.instant();
        String reference = store.insert(
                new FindingStore.NewRow(
                        valid.shop().code(),
                        valid.shop().name(),
                        valid.shop().email(),
                        valid.country(),
                        valid.orderNumber(),
                        valid.sku(),
                        valid.penaltyAmount(),
                        valid.shop().currency(),
                        valid.reason(),
                        valid.evidence(),
                        actor,
                        now,
                        channel,
                        key,
                        hash),
                now.atZone(platform.timeZone()).getYear());
        store.audit(
                reference,
                now,
                actor,
                FindingAudited.RECORDED,
                "Order " + valid.orderNumber() + ", SKU " + valid.sku() + ", penalty " + valid.penaltyAmount() + " "
                        + valid.shop().currency() + " (" + channel + ")",
                null);
        events.publishEvent(new FindingRecorded(reference));
        return new Recorded(store.find(reference).orElseThrow(), false);
    }

    private Recorded replay(FindingStore.Request earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new FindingRejected(
                    "This Idempotency-Key was already used for a different finding.",
                    Map.of("Idempotency-Key", "Use a new key for a new finding."));
        }
        return new Recorded(store.find(earlier.reference()).orElseThrow(), true);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Finding> find(String reference) {
        return reference == null
                ? Optional.empty()
                : store.find(reference.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Finding> recent(int limit) {
        return store.recent(limit);
    }

    @Override
    public List<String> importHistory(List<dev.claimdesk.counterfeit.PastFinding> findings) {
        return historyImport.importHistory(findings);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Finding> ofShop(String shop) {
        return store.ofShop(shop);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FindingEvent> history(String reference) {
        return store.history(reference);
    }

    @Override
    @Transactional(readOnly = true)
    public dev.claimdesk.platform.HistoryPage<FindingAudited> historyAfter(long cursor, int findings) {
        return store.historyAfter(cursor, findings);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Finding> latestFor(String shop, String orderNumber, String sku) {
        return store.latestFor(shop, orderNumber, sku);
    }

    @Override
    @Transactional(readOnly = true)
    public AppealWindow appealWindow(String shop, String orderNumber, String sku) {
        var latest = store.latestFor(shop, orderNumber, sku);
        if (latest.isEmpty()) {
            return new AppealWindow.NoFinding();
        }
        var finding = latest.get();
        boolean waiting = finding.status() == FindingStatus.RECORDED || finding.status() == FindingStatus.NOTIFIED;
        boolean inTime = finding.appealDueAt() == null || !clock.instant().isAfter(finding.appealDueAt());
        return waiting && inTime
                ? new AppealWindow.Open(finding.reference(), finding.appealDueAt())
                : new AppealWindow.Closed(finding.reference(), finding.appealDueAt(), finding.status());
    }

    @Override
    @Transactional
    public void appealByClaim(String findingReference, String claimReference) {
        var now = clock.instant();
        store.set(findingReference, "appeal_channel", "claim");
        store.set(findingReference, "appeal_claim_reference", claimReference);
        store.set(findingReference, "appealed_at", now);
        store.status(findingReference, FindingStatus.IN_REVIEW);
        store.audit(findingReference, now, "seller", FindingAudited.APPEALED_BY_CLAIM, claimReference, null);
        events.publishEvent(new AppealClaimed(findingReference, claimReference));
    }

    private static String hash(NewFinding f) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            String text = String.join(
                    "\u0000",
                    String.valueOf(f.shop()),
                    String.valueOf(f.country()),
                    String.valueOf(f.orderNumber()),
                    String.valueOf(f.sku()),
                    f.penaltyAmount() == null
                            ? ""
                            : f.penaltyAmount().stripTrailingZeros().toPlainString(),
                    String.valueOf(f.reason()),
                    String.valueOf(f.evidence()));
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
