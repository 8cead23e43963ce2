package dev.claimdesk.claims;

/** Where a claim stands; it follows the audit trail. */
public enum ClaimStatus {
    /** Stored; its process may not have started yet. */
    SUBMITTED(true),
    /** Its ClaimHandling process has picked it up. */
    REGISTERED(true),
    /** In a team's queue, waiting for or being worked by an agent. */
    IN_PROGRESS(true),
    /** The platform asked the seller for information and waits for the reply. */
    WAITING_FOR_SELLER(true),
    ACCEPTED(false),
    REJECTED(false),
    /** The seller did not answer within 3 working days: closed unprocessed. */
    AUTO_CLOSED(false),
    /** It failed validation in its process (e.g. the order does not exist). */
    INVALID(false);

    private final boolean open;

    ClaimStatus(boolean open) {
        this.open = open;
    }

    public boolean isOpen() {
        return open;
    }

    /** "Waiting for seller": how the back office writes it. */
    public String label() {
        String words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
