package dev.claimdesk.counterfeit;

/** Names shared by bpmn/CounterfeitAppeal.bpmn and the counterfeit module's workers. */
public final class CounterfeitAppeal {

    public static final String PROCESS_ID = "CounterfeitAppeal";

    /** The team that records findings and reviews appeals (candidate group of the review task). */
    public static final String TEAM = "brand-protection";
    /** The subject type of the review task (the task list links it to the finding's page). */
    public static final String TASK_SUBJECT_TYPE = "finding";

    /** The steps that compute the reminder times (their deadlines are stored on the finding, ADR 0121). */
    public static final String ELEMENT_COMPUTE_APPEAL_REMINDER_TIME = "Task_ComputeAppealReminderTime";

    public static final String ELEMENT_COMPUTE_DOCUMENTS_REMINDER_TIME = "Task_ComputeDocumentsReminderTime";

    /** Job types: kebab-case verb-object, one worker each. */
    public static final String JOB_REGISTER_FINDING = "counterfeit-register-finding";

    public static final String JOB_SEND_NOTICE = "counterfeit-send-notice";

    public static final String JOB_SEND_REMINDER = "counterfeit-send-reminder";
    public static final String JOB_RECORD_APPEAL = "counterfeit-record-appeal";
    public static final String JOB_REQUEST_DOCUMENTS = "counterfeit-request-documents";
    public static final String JOB_RECORD_DECISION = "counterfeit-record-decision";
    public static final String JOB_POST_PENALTY = "counterfeit-post-penalty";
    public static final String JOB_REVERSE_PENALTY = "counterfeit-reverse-penalty";
    public static final String JOB_DELIST_SKU = "counterfeit-delist-sku";
    public static final String JOB_SEND_DECISION = "counterfeit-send-decision";

    /**
     * Message: a counterfeit claim raised for the finding's order and SKU while the window is open (correlation key:
     * the finding's reference). A reply to the notice arrives as the mail module's {@code seller-replied}.
     */
    /** Starts the process, keyed by the finding reference (sent again freely: the engine starts one instance). */
    public static final String MSG_FINDING_RECORDED = "counterfeit-finding-recorded";

    public static final String MSG_APPEAL_CLAIMED = "counterfeit-appeal-claimed";

    /** Process variables. */
    public static final String VAR_FINDING_REFERENCE = "findingReference";

    public static final String VAR_RECORDED_AT = "recordedAt";
    public static final String VAR_APPEAL_WORKING_DAYS = "appealWorkingDays";
    public static final String VAR_DOCUMENTS_WORKING_DAYS = "documentsWorkingDays";
    public static final String VAR_REMINDER_WORKING_DAYS_BEFORE = "reminderWorkingDaysBefore";
    public static final String VAR_PENALTY_AT_NOTICE = "penaltyAtNotice";
    public static final String VAR_APPEAL_DUE_AT = "appealDueAt";
    public static final String VAR_DOCUMENTS_DUE_AT = "documentsDueAt";
    /** Carried by {@link #MSG_APPEAL_CLAIMED}: the claim that is the appeal. */
    public static final String VAR_APPEAL_CLAIM_REFERENCE = "appealClaimReference";
    /** Input of the reminder: which deadline it is about, "appeal" or "documents". */
    public static final String VAR_REMINDER_OF = "reminderOf";
    /** Set by the review form: "uphold", "overturn" or "request-documents". */
    public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";

    public static final String VAR_DECISION_REASON = "decisionReason";
    public static final String VAR_MISSING_DOCUMENTS = "missingDocuments";
    /** Input of record-decision and send-decision: a {@link Decision} name. */
    public static final String VAR_DECISION = "decision";

    private CounterfeitAppeal() {}
}
