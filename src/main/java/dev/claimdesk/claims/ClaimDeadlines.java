package dev.claimdesk.claims;

import java.time.Instant;

/**
 * The deadlines the claim's process computed, as it computed them (stored when computed, never recomputed: ADR 121).
 * Each is null until the process got there.
 *
 * @param responseDueAt the platform's answer is due (rules 3 and 5), the work task's due date
 * @param replyDueAt the seller's reply to the latest information request is due (rule 4)
 * @param reminderAt the seller is reminded of that reply
 */
public record ClaimDeadlines(Instant responseDueAt, Instant replyDueAt, Instant reminderAt) {}
