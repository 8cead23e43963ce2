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
    PENALTY,
    /** A posted penalty reversed (an overturned counterfeit finding). */
    PENALTY_REVERSED,
    /**
     * Cases of the other processes (ADR 0185): a deadline kept or missed (RTV: the pickup window and the claim window;
     * counterfeit: the appeal and document deadlines).
     */
    DEADLINE_MET,
    DEADLINE_MISSED,
    /** How an RTV case ended (its {@code RtvStatus}). */
    RTV_COMPENSATED,
    RTV_CLAIM_REJECTED,
    RTV_CLOSED_NO_APPEAL,
    RTV_UNCOLLECTED,
    RTV_APPEAL_LAPSED,
    /** How a counterfeit finding ended (its {@code Decision}). */
    FINDING_NO_APPEAL,
    FINDING_UPHELD,
    FINDING_DOCUMENTS_LAPSED,
    FINDING_OVERTURNED
}
