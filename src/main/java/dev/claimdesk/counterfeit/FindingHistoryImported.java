package dev.claimdesk.counterfeit;

import java.util.List;

/**
 * Published once per {@link Findings#importHistory} call with the imported trails as the {@link FindingAudited} events
 * a rebuild replays (read back from the stored rows), so that read models take a whole history in one go.
 */
public record FindingHistoryImported(List<FindingAudited> events) {

    public FindingHistoryImported {
        events = List.copyOf(events);
    }
}
