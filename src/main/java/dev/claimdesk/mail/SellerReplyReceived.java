package dev.claimdesk.mail;

import java.time.Instant;

/**
 * Published (as a Spring application event, inside the storing transaction) when a seller's reply has been accepted
 * for a claim, before the process is told.
 */
public record SellerReplyReceived(String claimReference, long threadEntryId, Instant receivedAt) {}
