package dev.claimdesk.intake;

/** @param replayed the same request was submitted before with the same idempotency key: nothing new was created */
public record IntakeResult(String reference, boolean replayed) {}
