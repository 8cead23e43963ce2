package dev.claimdesk.dashboard.internal;

/** What the dashboard counts per day (and, for durations, samples in working time). */
enum Figure {
    OPENED,
    CLOSED,
    ACCEPTED,
    REJECTED,
    AUTO_CLOSED,
    INVALID,
    /** The platform's first answer (an information request or a decision); its duration from submission. */
    FIRST_RESPONSE,
    /** A first answer after its 3-working-day deadline. */
    FIRST_RESPONSE_LATE,
    /** A response deadline the engine marked as missed (first response or after a seller's reply). */
    SLA_BREACHED,
    /** A closed claim's duration from submission. */
    RESOLVED,
    INFO_REQUESTED,
    REMINDED,
    SELLER_REPLIED,
    /** An agent completed the claim's task; its handling time from when they took it. */
    TASK_DONE,
    /** ... after the response deadline. */
    TASK_LATE,
    ITEM_CANCELLED,
    ADJUSTMENT,
    PENALTY
}
