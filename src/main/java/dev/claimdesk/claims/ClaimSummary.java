package dev.claimdesk.claims;

import java.time.Instant;

public record ClaimSummary(
        String reference,
        String category,
        String shop,
        String sellerEmail,
        String country,
        ClaimStatus status,
        Instant submittedAt,
        Long processInstanceKey) {}
