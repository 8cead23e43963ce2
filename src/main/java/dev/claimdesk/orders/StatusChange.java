package dev.claimdesk.orders;

import java.time.Instant;

/** An item entered {@code status} at {@code at}; {@code note} says where or why (e.g. the scanning station). */
public record StatusChange(ItemStatus status, Instant at, String note) {}
