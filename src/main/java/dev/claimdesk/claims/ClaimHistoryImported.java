package dev.claimdesk.claims;

import java.util.List;

/**
 * Published once per {@link Claims#importHistory} call with the events the imported trails stand for, in order, so
 * that read models take a whole history in one go rather than event by event.
 */
public record ClaimHistoryImported(List<ClaimEvent> events) {

    public ClaimHistoryImported {
        events = List.copyOf(events);
    }
}
