package dev.claimdesk.platform;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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

    /** Halts the JVM if the point is armed; a no-op otherwise. */
    public void reach(String point) {
        if (crashAt.contains(point)) {
            log.warn("Fault point {} reached: halting", point);
            Runtime.getRuntime().halt(137);
        }
    }
}
