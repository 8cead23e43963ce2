package dev.claimdesk.claims;

public enum ClaimStatus {
    /** Stored; its process may not have started yet. */
    SUBMITTED,
    /** Its ClaimHandling process has picked it up. */
    REGISTERED
}
