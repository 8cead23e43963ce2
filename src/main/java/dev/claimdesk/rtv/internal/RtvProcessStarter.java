package dev.claimdesk.rtv.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimEvents;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.EngineMessages;
import dev.claimdesk.platform.ProcessStarts;
import dev.claimdesk.rtv.WrongReturnRtv;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the engine what happened outside the process, once it is committed: an RTV request starts its WrongReturnRtv
 * process (a sweep retries requests stored while the engine was down); a wrong-return claim, and later its decision,
 * reach the RTV case waiting under the claim's appeal reference.
 */
@Component
class RtvProcessStarter {

    private static final Logger log = LoggerFactory.getLogger(RtvProcessStarter.class);
    private static final Duration GRACE = Duration.ofSeconds(30);
    /** The RTV process waits for these messages when they come; a short buffer covers a step still in progress. */
    private static final Duration MESSAGE_TTL = Duration.ofMinutes(10);

    private final EngineMessages messages;
    private final ProcessStarts starts;
    private final RtvStore store;
    private final AppClock clock;

    RtvProcessStarter(EngineMessages messages, ProcessStarts starts, RtvStore store, AppClock clock) {
        this.messages = messages;
        this.starts = starts;
        this.store = store;
        this.clock = clock;
    }

    @TransactionalEventListener
    void onRtvStored(RtvService.RtvStored event) {
        start(event.reference());
    }

    @Scheduled(fixedDelayString = "${claimdesk.claims.start-sweep-interval:30s}")
    void startUnstarted() {
        store.unstarted(clock.instant().minus(GRACE)).forEach(this::start);
    }

    /** In the claim's transaction: the message is stored with the claim and reaches the engine even if it is down. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onClaimSubmitted(ClaimEvents.Submitted claim) {
        String appeal = claim.fields().get(ClaimField.APPEAL_REFERENCE.key());
        if (claim.category() != ClaimCategory.WRONG_PRODUCT_RETURNED || appeal == null) {
            return;
        }
        publish(
                WrongReturnRtv.MSG_CLAIM_RAISED,
                appeal,
                "claim-raised-" + claim.reference(),
                Map.of(WrongReturnRtv.VAR_CLAIM_REFERENCE, claim.reference()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onClaimClosed(ClaimEvents.Closed claim) {
        store.byClaim(claim.reference())
                .ifPresent(rtv -> publish(
                        WrongReturnRtv.MSG_CLAIM_DECIDED,
                        rtv.appealReference(),
                        "claim-decided-" + claim.reference(),
                        Map.of(
                                WrongReturnRtv.VAR_CLAIM_OUTCOME,
                                claim.status() == ClaimStatus.ACCEPTED
                                        ? "accepted"
                                        : claim.status().name().toLowerCase(java.util.Locale.ROOT),
                                WrongReturnRtv.VAR_CLAIM_DETAILS,
                                claim.details() == null ? "" : claim.details())));
    }

    private void publish(String message, String correlationKey, String messageId, Map<String, Object> variables) {
        messages.publishAfterCommit(message, correlationKey, messageId, MESSAGE_TTL, variables);
    }

    /** Safe to repeat (ADR 0060): the process's first step records it with the case. */
    private void start(String reference) {
        try {
            starts.start(
                            WrongReturnRtv.MSG_RTV_REQUESTED,
                            reference,
                            Map.of(WrongReturnRtv.VAR_RTV_REFERENCE, reference))
                    .toCompletableFuture()
                    .join();
        } catch (RuntimeException e) {
            log.warn("Could not start the RTV process of {} yet (will retry): {}", reference, e.getMessage());
        }
    }
}
