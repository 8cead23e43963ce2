package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.platform.AppClock;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts a claim's ClaimHandling process once the claim is committed. If the engine is down at that moment the claim
 * stays stored without a process, and a sweep starts it later: a claim is never lost to an engine outage.
 */
@Component
class ProcessStarter {

    private static final Logger log = LoggerFactory.getLogger(ProcessStarter.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final CamundaClient client;
    private final ClaimService service;
    private final ClaimRepository claims;
    private final AppClock clock;
    private final ClaimsSettings settings;

    ProcessStarter(
            CamundaClient client,
            ClaimService service,
            ClaimRepository claims,
            AppClock clock,
            ClaimsSettings settings) {
        this.client = client;
        this.service = service;
        this.claims = claims;
        this.clock = clock;
        this.settings = settings;
    }

    @TransactionalEventListener
    void onClaimStored(ClaimService.ClaimStored event) {
        start(event.reference(), event.submittedAt());
    }

    @Scheduled(fixedDelayString = "${claimdesk.claims.start-sweep-interval:30s}")
    void startUnstarted() {
        claims.findByProcessInstanceKeyIsNullAndStatusAndSubmittedAtBefore(
                        ClaimStatus.SUBMITTED, clock.instant().minus(GRACE), Limit.of(100))
                .forEach(claim -> start(claim.reference(), claim.summary().submittedAt()));
    }

    private void start(String reference, Instant submittedAt) {
        try {
            var instance = client.newCreateInstanceCommand()
                    .bpmnProcessId(ClaimHandling.PROCESS_ID)
                    .latestVersion()
                    .variables(Map.of(
                            ClaimHandling.VAR_CLAIM_REFERENCE, reference,
                            ClaimHandling.VAR_SUBMITTED_AT, submittedAt.toString(),
                            ClaimHandling.VAR_RESPONSE_FROM, submittedAt.toString(),
                            ClaimHandling.VAR_RESPONSE_WORKING_DAYS, settings.responseWorkingDays(),
                            ClaimHandling.VAR_REPLY_WORKING_DAYS, settings.replyWorkingDays(),
                            ClaimHandling.VAR_REMINDER_WORKING_DAYS_BEFORE, settings.reminderWorkingDaysBefore()))
                    .send()
                    .join();
            service.recordStarted(reference, instance.getProcessInstanceKey());
        } catch (RuntimeException e) {
            log.warn("Could not start the process of claim {} yet (will retry): {}", reference, e.getMessage());
        }
    }
}
