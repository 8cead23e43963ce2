package dev.claimdesk.rtv;

import java.util.List;

/**
 * An RTV case handled before (the demo's made-up past), closed, with its whole audit trail, for
 * {@link RtvCases#importHistory}. The case is as it ended; its reference and, when appealed, its appeal reference are
 * given by the import (the reference comes from the row's id), and it has no process.
 */
public record PastRtvCase(RtvCase rtvCase, String channel, List<RtvEntry> trail) {

    public PastRtvCase {
        if (rtvCase.status().isOpen()) {
            throw new IllegalArgumentException("A past RTV case is closed, not " + rtvCase.status());
        }
        trail = List.copyOf(trail);
    }
}
