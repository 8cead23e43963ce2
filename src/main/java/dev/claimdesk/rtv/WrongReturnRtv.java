package dev.claimdesk.rtv;

/** Names shared by bpmn/WrongReturnRtv.bpmn, its forms and the rtv module's workers. */
public final class WrongReturnRtv {

    public static final String PROCESS_ID = "WrongReturnRtv";

    /** The candidate group of the warehouse staff's tasks (the demo user {@code warehouse} is in it). */
    public static final String WAREHOUSE_GROUP = "warehouse";

    /** Starts the process, keyed by the RTV reference (sent again freely: the engine starts one instance). */
    public static final String MSG_RTV_REQUESTED = "rtv-requested";

    /** Job types: kebab-case verb-object, one worker each. */
    public static final String JOB_REGISTER_REQUEST = "rtv-register-request";

    public static final String JOB_RECORD_PICKUP_SCHEDULED = "rtv-record-pickup-scheduled";

    public static final String JOB_REGISTER_PICKUP = "rtv-register-pickup";
    /** Closes the case without a claim; input {@link #VAR_CLOSE_AS}: UNCOLLECTED, CLOSED_NO_APPEAL or APPEAL_LAPSED. */
    public static final String JOB_CLOSE_CASE = "rtv-close-case";

    public static final String JOB_RECORD_CLAIM_RAISED = "rtv-record-claim-raised";
    public static final String JOB_RECORD_CLAIM_DECISION = "rtv-record-claim-decision";
    /** Emails the seller one of the RTV notices; input {@link #VAR_NOTICE}. */
    public static final String JOB_SEND_SELLER_NOTICE = "rtv-send-seller-notice";

    /** Published when a wrong-return claim names the appeal; correlation key: the appeal reference. */
    public static final String MSG_CLAIM_RAISED = "rtv-claim-raised";
    /** Published when that claim is closed (accepted or not); correlation key: the appeal reference. */
    public static final String MSG_CLAIM_DECIDED = "rtv-claim-decided";

    /** Process variables. */
    public static final String VAR_RTV_REFERENCE = "rtvReference";

    /**
     * The subject type of the process's warehouse tasks (set by the user tasks' input mappings with the RTV reference
     * and the case's status), so they show in the task list and link to the case's page.
     */
    public static final String TASK_SUBJECT = "rtv";

    public static final String VAR_NOTICE = "notice";
    public static final String VAR_CLOSE_AS = "closeAs";
    public static final String VAR_PICKUP_DATE = "pickupDate";
    public static final String VAR_PICKUP_PLACE = "pickupPlace";
    public static final String VAR_PICKUP_DUE_AT = "pickupDueAt";
    public static final String VAR_COLLECTED_ON = "collectedOn";
    public static final String VAR_COLLECTED_TIME = "collectedTime";
    public static final String VAR_APPEALED = "appealed";
    public static final String VAR_APPEAL_REFERENCE = "appealReference";
    public static final String VAR_APPEAL_NOTE = "appealNote";
    public static final String VAR_CLAIM_WINDOW_CLOSES_AT = "claimWindowClosesAt";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_CLAIM_REFERENCE = "claimReference";
    /** Carried by {@link #MSG_CLAIM_DECIDED}: "accepted", or the claim's other final status in lower case. */
    public static final String VAR_CLAIM_OUTCOME = "claimOutcome";

    public static final String VAR_CLAIM_DETAILS = "claimDetails";

    private WrongReturnRtv() {}
}
