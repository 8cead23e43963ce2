package dev.claimdesk.dashboard.internal;

import java.time.Instant;

/** The dashboard's state of one claim: what later events need (when it was answered, who holds it, ...). */
final class TrackedClaim {

    /** A claim that is not routed yet has no team: its figures go under this one. */
    static final String NO_TEAM = "";

    final String reference;
    String process;
    String category;
    String country;
    String team = NO_TEAM;
    Instant submittedAt;
    Instant firstResponseAt;
    /** The response deadline now running (after submission, then after each seller reply); null while the seller
     * has the ball. */
    Instant responseDueAt;
    /** Since when the platform owes an answer (submission or the seller's last reply). */
    Instant responseFrom;

    String assignee;
    Instant assignedAt;
    Instant closedAt;
    String outcome;
    boolean isNew = true;

    TrackedClaim(String reference) {
        this.reference = reference;
    }

    boolean open() {
        return closedAt == null;
    }
}
