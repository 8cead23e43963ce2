package dev.claimdesk.rtv;

import java.util.List;

/**
 * Published once per {@link RtvCases#importHistory} call with the imported trails as the {@link RtvCaseAudited} events
 * a rebuild replays (read back from the stored rows), so that read models take a whole history in one go.
 */
public record RtvHistoryImported(List<RtvCaseAudited> events) {

    public RtvHistoryImported {
        events = List.copyOf(events);
    }
}
