package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.FaultPoints;
import dev.claimdesk.platform.ProcessStarts;
import io.camunda.client.api.command.ClientStatusException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts a claim's ClaimHandling process once the claim is committed, by publishing {@code claim-submitted} with the
 * claim reference as correlation key: the engine starts no second process for a reference while one is active, so a
 * retry, a sweep or another instance of the application sending the same start again changes nothing (ADR 0060). If
 * the engine is down or pushes back, the claim stays stored and the sweep starts it later.
 */
@Component
class ProcessStarter {

    private static final Logger log = LoggerFactory.getLogger(ProcessStarter.class);

    private final ProcessStarts starts;
    private final ClaimRepository claims;
    private final AppClock clock;
    private final ClaimsSettings settings;
    private final Semaphore inFlight;
    private final Backoff backoff;
    private final FaultPoints faults;
    /**
     * Claims whose start the engine took lately, by when: the sweep leaves them alone for {@link #RESEND_AFTER} (their
     * register step may simply wait behind other jobs), so claims behind them in the sweep's batch get their turn.
     */
    private final java.util.Map<String, Long> taken = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Duration RESEND_AFTER = Duration.ofMinutes(1);

    ProcessStarter(
            ProcessStarts starts, ClaimRepository claims, AppClock clock, ClaimsSettings settings, FaultPoints faults) {
        this.starts = starts;
        this.faults = faults;
        this.claims = claims;
        this.clock = clock;
        this.settings = settings;
        this.inFlight = new Semaphore(settings.maxStartsInFlight());
        this.backoff = new Backoff(settings.startBackoff(), settings.startMaxBackoff());
    }

    /** Does not wait for the engine: the submitter's request ends once the claim is stored. */
    @TransactionalEventListener
    void onClaimStored(ClaimService.ClaimStored event) {
        faults.reach(FaultPoints.CLAIM_STORED_BEFORE_START);
        if (backoff.pausing() || !inFlight.tryAcquire()) {
            return; // the engine is busy: the sweep starts this claim later
        }
        startHoldingPermit(event.reference(), event.submittedAt());
    }

    /** Sends the sweep's starts side by side (as many at once as direct starts) and returns when all are answered. */
    @Scheduled(fixedDelayString = "${claimdesk.claims.start-sweep-interval:30s}")
    void startUnstarted() {
        long now = System.nanoTime();
        taken.values().removeIf(at -> now - at > RESEND_AFTER.toNanos());
        var unstarted = claims
                .findByProcessInstanceKeyIsNullAndStatusAndSubmittedAtBefore(
                        ClaimStatus.SUBMITTED, clock.instant().minus(settings.startSweepGrace()), Limit.of(1000))
                .stream()
                .filter(claim -> !taken.containsKey(claim.reference()))
                .limit(100)
                .toList();
        var sent = new ArrayList<CompletableFuture<?>>();
        for (var claim : unstarted) {
            if (backoff.pausing()) {
                break;
            }
            inFlight.acquireUninterruptibly();
            sent.add(startHoldingPermit(claim.reference(), claim.summary().submittedAt()));
        }
        sent.forEach(CompletableFuture::join);
    }

    private CompletableFuture<?> startHoldingPermit(String reference, Instant submittedAt) {
        CompletableFuture<?> sending;
        try {
            sending = send(reference, submittedAt).toCompletableFuture();
        } catch (RuntimeException e) {
            sending = CompletableFuture.failedFuture(e);
        }
        return sending.handle((response, failure) -> {
            inFlight.release();
            outcome(reference, failure);
            return null;
        });
    }

    private CompletionStage<?> send(String reference, Instant submittedAt) {
        return starts.start(
                ClaimHandling.MSG_CLAIM_SUBMITTED, reference, startVariables(reference, submittedAt, settings));
    }

    /** The claim's clocks go with it into its process: every deadline it computes counts with these settings. */
    static Map<String, Object> startVariables(String reference, Instant submittedAt, ClaimsSettings settings) {
        return Map.of(
                ClaimHandling.VAR_CLAIM_REFERENCE, reference,
                ClaimHandling.VAR_SUBMITTED_AT, submittedAt.toString(),
                ClaimHandling.VAR_RESPONSE_FROM, submittedAt.toString(),
                ClaimHandling.VAR_RESPONSE_WORKING_DAYS, settings.responseWorkingDays(),
                ClaimHandling.VAR_REPLY_WORKING_DAYS, settings.replyWorkingDays(),
                ClaimHandling.VAR_REMINDER_WORKING_DAYS_BEFORE, settings.reminderWorkingDaysBefore());
    }

    private void outcome(String reference, Throwable failure) {
        if (failure == null) {
            backoff.reset();
            taken.put(reference, System.nanoTime());
            return;
        }
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof ClientStatusException status
                && switch (status.getStatusCode()) {
                    case RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED, UNAVAILABLE -> true;
                    default -> false;
                }) {
            Duration pause = backoff.failed();
            log.info(
                    "The engine pushed back ({}); claim {} and new claims wait for the sweep, starts pause {} ms",
                    status.getStatusCode(),
                    reference,
                    pause.toMillis());
        } else {
            log.warn("Could not start the process of claim {} yet (will retry): {}", reference, cause.getMessage());
        }
    }

    /** Exponential back-off shared by all starts of this instance: one slow answer slows every start down. */
    static final class Backoff {
        private final Duration initial;
        private final Duration max;
        private Duration current = Duration.ZERO;
        private long pauseUntilNanos = System.nanoTime();

        Backoff(Duration initial, Duration max) {
            this.initial = initial;
            this.max = max;
        }

        synchronized boolean pausing() {
            return System.nanoTime() - pauseUntilNanos < 0;
        }

        synchronized Duration failed() {
            current = current.isZero() ? initial : min(current.multipliedBy(2), max);
            pauseUntilNanos = System.nanoTime() + current.toNanos();
            return current;
        }

        synchronized void reset() {
            current = Duration.ZERO;
        }

        private static Duration min(Duration a, Duration b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }
}
