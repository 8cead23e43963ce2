package dev.claimdesk.counterfeit;

/**
 * Published in the step's transaction each time a new entry joins a finding's audit trail (once per entry: a job
 * delivered again writes and publishes nothing), so that read models (the managers' dashboard) follow the trail as it
 * grows. Listen after commit. The finding is as it stands after the step; the fields a reader may use for an earlier
 * step (recorded at, the appeal deadline, the decision, the penalty) are set once and never change.
 *
 * @param process always {@link CounterfeitAppeal#PROCESS_ID}: figures are kept per process
 * @param entry the new audit entry; its {@code event} is one of the words below
 */
public record FindingAudited(String process, Finding finding, FindingEvent entry) {

    public static final String RECORDED = "recorded";
    public static final String NOTICE_SENT = "notice sent";
    public static final String APPEAL_REMINDER_SENT = "appeal reminder sent";
    public static final String DOCUMENTS_REMINDER_SENT = "documents reminder sent";
    public static final String APPEALED_BY_CLAIM = "appealed by claim";
    public static final String APPEAL_RECEIVED = "appeal received";
    public static final String DOCUMENTS_REQUESTED = "documents requested";
    public static final String DOCUMENTS_RECEIVED = "documents received";
    public static final String DECIDED = "decided";
    public static final String PENALTY_POSTED = "penalty posted";
    public static final String PENALTY_REVERSED = "penalty reversed";

    public FindingAudited(Finding finding, FindingEvent entry) {
        this(CounterfeitAppeal.PROCESS_ID, finding, entry);
    }
}
