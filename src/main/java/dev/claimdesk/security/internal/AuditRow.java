package dev.claimdesk.security.internal;

import java.time.Instant;

/** A line of the admin audit log as the pages show it. */
public record AuditRow(
        Instant at, String actor, Kind kind, String subject, String action, String before, String after) {

    /** What was changed. */
    public enum Kind {
        USER,
        TEAM
    }
}
