package dev.claimdesk.claims;

import java.util.Map;

/**
 * What the claims module tells other modules, published inside the changing transaction: listen after commit
 * ({@code @TransactionalEventListener}) to act only on what was stored.
 */
public final class ClaimEvents {

    private ClaimEvents() {}

    /** A claim was stored; {@code fields} as submitted (keys: {@link ClaimField#key()}). */
    public record Submitted(String reference, ClaimCategory category, String shop, Map<String, String> fields) {}

    /** A claim reached a final status (accepted, rejected, auto-closed, invalid), with the step's details. */
    public record Closed(String reference, ClaimCategory category, ClaimStatus status, String details) {}
}
