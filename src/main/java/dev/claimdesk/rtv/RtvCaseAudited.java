package dev.claimdesk.rtv;

/**
 * Published in the step's transaction each time a new entry joins an RTV case's audit trail (once per entry: a job
 * delivered again writes and publishes nothing), so that read models (the managers' dashboard) follow the trail as it
 * grows. Listen after commit. The case is as it stands after the step; the fields a reader may use for an earlier
 * step (requested at, the pickup and claim-window deadlines, the country) are set once and never change.
 *
 * @param process always {@link WrongReturnRtv#PROCESS_ID}: figures are kept per process
 * @param entry the new audit entry; its {@code event} is one of the words below
 */
public record RtvCaseAudited(String process, RtvCase rtvCase, RtvEntry entry) {

    public static final String REQUESTED = "requested";
    public static final String PICKUP_SCHEDULED = "pickup scheduled";
    public static final String COLLECTED = "collected";
    public static final String APPEAL_REGISTERED = "appeal registered";
    public static final String WINDOW_REMINDER_SENT = "claim window reminder sent";
    public static final String CLAIM_RAISED = "claim raised";
    public static final String CLOSED_UNCOLLECTED = "closed uncollected";
    public static final String CLOSED_NO_APPEAL = "closed";
    public static final String APPEAL_LAPSED = "appeal lapsed";
    public static final String CLAIM_ACCEPTED = "claim accepted";
    public static final String CLAIM_NOT_ACCEPTED = "claim not accepted";

    public RtvCaseAudited(RtvCase rtvCase, RtvEntry entry) {
        this(WrongReturnRtv.PROCESS_ID, rtvCase, entry);
    }
}
