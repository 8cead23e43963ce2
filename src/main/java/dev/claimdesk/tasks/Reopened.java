package dev.claimdesk.tasks;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a task came back to its queue after the case had left it, and when: its process says so in the task's variables
 * ({@link TaskVariables#REOPENED_BY}, {@link TaskVariables#REOPENED_AT}). A task created for the first time has none.
 *
 * @param reason a word of the process, e.g. {@link #SELLER_REPLY}
 * @param at when it happened (the seller's reply), or null if the process did not say
 */
public record Reopened(String reason, Instant at) {

    /** The seller answered the platform's question, so the case is back with the team. */
    public static final String SELLER_REPLY = "seller-reply";
    /** An action of the decision failed (item already shipped, posting refused): the agent decides again. */
    public static final String ACTION_FAILED = "action-failed";

    public Reopened {
        Objects.requireNonNull(reason, "reason");
    }

    public boolean bySellerReply() {
        return SELLER_REPLY.equals(reason);
    }
}
