package dev.claimdesk.claims.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code decision} variable the resolution mail is rendered from: the outcome, its facts, the agent's note. */
final class Decisions {

    private Decisions() {}

    /** A decision without facts yet; blank notes are left out, so the template shows none. */
    static Map<String, Object> of(String outcome, String note) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("outcome", outcome);
        if (note != null && !note.isBlank()) {
            decision.put("note", note.strip());
        }
        return decision;
    }
}
