package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.EngineMessages;
import dev.claimdesk.platform.ProcessStarts;
import dev.claimdesk.tasks.TaskVariables;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts a finding's CounterfeitAppeal once the finding is committed, and tells it about an appeal claim once that is
 * committed. A finding left without a process (engine down) is started by a sweep: none is lost.
 */
@Component
class FindingProcessStarter {

    private static final Logger log = LoggerFactory.getLogger(FindingProcessStarter.class);
    private static final Duration GRACE = Duration.ofSeconds(30);
    /** A claim's appeal may reach the engine just before the process waits for it; it is kept this long. */
    private static final Duration APPEAL_MESSAGE_TTL = Duration.ofMinutes(10);

    private final EngineMessages messages;
    private final ProcessStarts starts;
    private final FindingStore store;
    private final AppClock clock;
    private final CounterfeitSettings settings;

    FindingProcessStarter(
            EngineMessages messages,
            ProcessStarts starts,
            FindingStore store,
            AppClock clock,
            CounterfeitSettings settings) {
        this.messages = messages;
        this.starts = starts;
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    @TransactionalEventListener
    void onRecorded(FindingService.FindingRecorded event) {
        start(event.reference());
    }

    /** In the appeal's transaction: the message is stored with it and reaches the engine even if it is down. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void onAppealClaimed(FindingService.AppealClaimed event) {
        messages.publishAfterCommit(
                CounterfeitAppeal.MSG_APPEAL_CLAIMED,
                event.findingReference(),
                "appeal:" + event.claimReference(),
                APPEAL_MESSAGE_TTL,
                Map.of(CounterfeitAppeal.VAR_APPEAL_CLAIM_REFERENCE, event.claimReference()));
    }

    @Scheduled(fixedDelayString = "${claimdesk.claims.start-sweep-interval:30s}")
    void startUnstarted() {
        store.unstarted(clock.instant().minus(GRACE), 100).forEach(this::start);
    }

    /** Safe to repeat (ADR 0060): the process's first step records it with the finding. */
    private void start(String reference) {
        var finding = store.find(reference).orElseThrow();
        try {
            starts.start(
                            CounterfeitAppeal.MSG_FINDING_RECORDED,
                            reference,
                            Map.ofEntries(
                                    Map.entry(CounterfeitAppeal.VAR_FINDING_REFERENCE, reference),
                                    // the review task's facts, for the task list's columns and filters
                                    Map.entry(TaskVariables.SHOP, finding.shop()),
                                    Map.entry(TaskVariables.COUNTRY, finding.country()),
                                    Map.entry(TaskVariables.ORDER_NUMBER, finding.orderNumber()),
                                    Map.entry(
                                            CounterfeitAppeal.VAR_RECORDED_AT,
                                            finding.recordedAt().toString()),
                                    Map.entry(
                                            CounterfeitAppeal.VAR_APPEAL_WORKING_DAYS, settings.getAppealWorkingDays()),
                                    Map.entry(
                                            CounterfeitAppeal.VAR_DOCUMENTS_WORKING_DAYS,
                                            settings.getDocumentsWorkingDays()),
                                    Map.entry(
                                            CounterfeitAppeal.VAR_REMINDER_WORKING_DAYS_BEFORE,
                                            settings.getReminderWorkingDaysBefore()),
                                    Map.entry(CounterfeitAppeal.VAR_PENALTY_AT_NOTICE, settings.isPenaltyAtNotice())))
                    .toCompletableFuture()
                    .join();
        } catch (RuntimeException e) {
            log.warn("Could not start the process of finding {} yet (will retry): {}", reference, e.getMessage());
        }
    }
}
