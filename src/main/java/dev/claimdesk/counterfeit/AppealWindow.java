package dev.claimdesk.counterfeit;

import java.time.Instant;

/** Whether a counterfeit claim for an order and SKU can be an appeal: no finding, an open window, or a closed one. */
public sealed interface AppealWindow {

    record NoFinding() implements AppealWindow {}

    record Open(String findingReference, Instant dueAt) implements AppealWindow {}

    /** The window closed (or the finding was already appealed or decided). */
    record Closed(String findingReference, Instant dueAt, FindingStatus status) implements AppealWindow {}
}
