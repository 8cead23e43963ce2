package dev.claimdesk.counterfeit;

import java.util.List;

/**
 * A counterfeit finding handled before (the demo's made-up past), decided, with its whole audit trail, for
 * {@link Findings#importHistory}. The finding is as it ended; its reference is given by the import (from the row's
 * id), and it has no process and no postings in the bill service.
 */
public record PastFinding(Finding finding, String channel, List<FindingEvent> trail) {

    public PastFinding {
        if (!finding.status().isClosed() || finding.decision() == null) {
            throw new IllegalArgumentException("A past finding is decided, not " + finding.status());
        }
        trail = List.copyOf(trail);
    }
}
