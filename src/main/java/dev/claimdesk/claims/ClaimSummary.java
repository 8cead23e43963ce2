package dev.claimdesk.claims;

import java.time.Instant;

public record ClaimSummary(
        String reference,
        ClaimCategory category,
        String shop,
        String shopName,
        String sellerEmail,
        String country,
        String channel,
        ClaimStatus status,
        boolean slaBreached,
        Instant submittedAt,
        Long processInstanceKey) {}
