package dev.claimdesk.rtv;

import java.time.Instant;

/** One step in an RTV case's audit trail. */
public record RtvEntry(Instant at, String actor, String event, String details) {}
