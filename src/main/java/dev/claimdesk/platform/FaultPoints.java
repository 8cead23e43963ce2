package dev.claimdesk.platform;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Named points in risky steps where the crash tests stop the application dead, in the manner of etcd's gofail: off
 * unless {@code claimdesk.faults.crash-at} names a point, and then the JVM halts there at once (exit 137, as after
 * SIGKILL: no shutdown hook, no commit, no reply). A test reaches the exact point instead of relying on timing luck
 * (ADR 0192).
 */
@Component
public class FaultPoints {

    /** After a claim's row is committed, before its process is asked to start. */
    public static final String CLAIM_STORED_BEFORE_START = "claim-stored-before-start";

    /** After a send-mail job's mail and audit entry are committed, before the job is completed. */
    public static final String MAIL_QUEUED_BEFORE_COMPLETE = "mail-queued-before-complete";

    /** After an agent's completion of a task is stored (committed), before the engine is told. */
    public static final String TASK_COMPLETING_BEFORE_ENGINE = "task-completing-before-engine";

    /** After the engine has completed a task, before the task's row says so. */
    public static final String TASK_COMPLETED_BEFORE_MARK = "task-completed-before-mark";

    /** After the SMTP server accepted a mail, before its outbox row is marked sent (the one known double). */
    public static final String MAIL_HANDED_BEFORE_MARK = "mail-handed-before-mark";

    /** After the order service cancelled a claim's order item, before the job is completed. */
    public static final String ITEM_CANCELLED_BEFORE_COMPLETE = "item-cancelled-before-complete";

    /** After the bill service posted a finding's penalty, before the finding records the posting. */
    public static final String PENALTY_POSTED_BEFORE_RECORD = "penalty-posted-before-record";

    /** After a seller's reply is stored (committed), before the engine is told (and before the mailbox is marked). */
    public static final String REPLY_STORED_BEFORE_PUBLISH = "reply-stored-before-publish";

    /** After the engine has a reply's message, before the reply's row is marked published. */
    public static final String REPLY_PUBLISHED_BEFORE_MARK = "reply-published-before-mark";

    private static final Logger log = LoggerFactory.getLogger(FaultPoints.class);

    private final Set<String> crashAt;

    public FaultPoints(@Value("${claimdesk.faults.crash-at:}") Set<String> crashAt) {
        this.crashAt = Set.copyOf(crashAt);
        if (!this.crashAt.isEmpty()) {
            log.warn("Fault points armed: the application halts at {} (claimdesk.faults.crash-at)", this.crashAt);
        }
    }

    /**
     * Halts the JVM as soon as the current transaction has committed, if the point is armed: the step's effect is
     * stored, nothing after it (an answer, a job's completion) is done. A no-op otherwise.
     */
    public void reachAfterCommit(String point) {
        if (crashAt.contains(point) && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reach(point);
                }
            });
        }
    }

    /** Halts the JVM if the point is armed; a no-op otherwise. */
    public void reach(String point) {
        if (crashAt.contains(point)) {
            log.warn("Fault point {} reached: halting", point);
            Runtime.getRuntime().halt(137);
        }
    }
}
