package dev.claimdesk.billing;

/** Names shared by process models and the billing workers: job types, variables and BPMN error codes. */
public final class BillingWork {

    /**
     * Posts an adjustment. Inputs: {@link #VAR_SHOP} and {@link #VAR_ADJUSTMENT} (a map: direction, amount, currency,
     * tradeType, reason, reference); output: {@link #VAR_POSTING}. The job's key is the idempotency key: a job
     * delivered twice posts once.
     */
    public static final String JOB_POST_ADJUSTMENT = "billing-post-adjustment";

    /**
     * Reads a bill claim's statement lines into {@link #VAR_STATEMENT_LINES}: count, total and the first lines. Inputs:
     * {@link #VAR_SHOP}, {@link #VAR_STATEMENT_PERIOD} (2026-09), {@link #VAR_TRADE_TYPE} (optional).
     */
    public static final String JOB_FETCH_STATEMENT_LINES = "billing-fetch-statement-lines";

    public static final String VAR_SHOP = "shop";
    public static final String VAR_STATEMENT_PERIOD = "statementPeriod";
    public static final String VAR_TRADE_TYPE = "tradeType";
    public static final String VAR_STATEMENT_LINES = "statementLines";
    public static final String VAR_ADJUSTMENT = "adjustment";
    /** The posting made: id, kind, direction, amount, currency. */
    public static final String VAR_POSTING = "posting";

    /** BPMN error codes. */
    public static final String ERR_BILLING_NOT_FOUND = "BILLING_NOT_FOUND";

    public static final String ERR_POSTING_REJECTED = "POSTING_REJECTED";

    private BillingWork() {}
}
