package dev.claimdesk.claims;

import java.time.Instant;

/** One immutable step in a claim's history. */
public record AuditEntry(Instant at, String actor, String event, String details) {}
