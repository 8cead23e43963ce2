package dev.claimdesk.claims;

import java.util.List;
import java.util.Optional;

/** The claims module's API. */
public interface Claims {

    /** Stores the claim and starts its ClaimHandling process; returns the claim's reference (CLM-YYYY-NNNNNN). */
    String submit(ClaimSubmission submission, String actor);

    Optional<ClaimSummary> find(String reference);

    List<AuditEntry> history(String reference);

    List<ClaimSummary> recent(int limit);
}
