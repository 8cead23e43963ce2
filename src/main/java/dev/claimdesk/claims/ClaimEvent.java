package dev.claimdesk.claims;

import java.time.Instant;
import java.util.Map;

/**
 * Published in the step's transaction each time a new entry joins a claim's audit trail (once per entry: a job
 * delivered again publishes nothing), so that read models (the managers' dashboard) follow the trail as it grows
 * instead of reading all of it. Listen after commit.
 *
 * @param process the process that carries the claim (figures are kept per process)
 * @param event the audit entry's event word, e.g. {@code routed}, {@code accepted} (constants below)
 * @param status the claim's status after the step
 * @param facts what the step decided, in words a reader can use without parsing the details: the team for
 *     {@code routed}, the item cancelled and the amounts posted for {@code accepted} (keys below)
 */
public record ClaimEvent(
        String reference,
        String process,
        ClaimCategory category,
        String country,
        Instant submittedAt,
        Instant at,
        String actor,
        String event,
        ClaimStatus status,
        Map<String, String> facts) {

    public static final String SUBMITTED = "submitted";
    public static final String ROUTED = "routed";
    public static final String ASSIGNED = "assigned";
    /** An agent completed the claim's task (the actor); the decision's own step follows. */
    public static final String DECIDED = "decided";

    public static final String INFO_REQUESTED = "info requested";
    public static final String REMINDED = "reminded";
    public static final String SELLER_REPLIED = "seller replied";
    public static final String AUTO_CLOSED = "auto-closed";
    public static final String SLA_BREACHED = "SLA breached";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
    public static final String INVALID = "invalid";

    /** The team whose queue the claim was routed to. */
    public static final String FACT_TEAM = "team";
    /** Who the task was assigned to (for {@code assigned}). */
    public static final String FACT_ASSIGNEE = "assignee";
    /** The SKU of an order item cancelled as non-OOS. */
    public static final String FACT_ITEM_CANCELLED = "itemCancelled";
    /** A credit posted to the seller's account, and its currency. */
    public static final String FACT_ADJUSTMENT_AMOUNT = "adjustmentAmount";

    public static final String FACT_ADJUSTMENT_CURRENCY = "adjustmentCurrency";
    /** A penalty posted (counterfeit), and its currency. */
    public static final String FACT_PENALTY_AMOUNT = "penaltyAmount";

    public static final String FACT_PENALTY_CURRENCY = "penaltyCurrency";

    public ClaimEvent {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public String fact(String key) {
        return facts.get(key);
    }
}
