package dev.claimdesk.claims;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A claim handled before (in another system, or the demo's made-up past), with its whole audit trail, for
 * {@link Claims#importHistory}. Its status is that of its last step.
 */
public record PastClaim(
        ClaimCategory category,
        String shop,
        String shopName,
        String sellerEmail,
        String country,
        String channel,
        Map<ClaimField, String> fields,
        Instant submittedAt,
        boolean slaBreached,
        List<Step> trail) {

    public PastClaim {
        fields = Map.copyOf(fields);
        trail = List.copyOf(trail);
    }

    /** One audit entry, with the facts its {@link ClaimEvent} carries. */
    public record Step(Instant at, String actor, String event, String details, Map<String, String> facts) {}
}
