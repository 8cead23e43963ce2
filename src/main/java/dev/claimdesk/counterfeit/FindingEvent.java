package dev.claimdesk.counterfeit;

import java.time.Instant;

/** One entry of a finding's audit trail. */
public record FindingEvent(Instant at, String actor, String event, String details) {}
