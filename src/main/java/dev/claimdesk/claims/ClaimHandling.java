package dev.claimdesk.claims;

import dev.claimdesk.tasks.TaskVariables;

/** Names shared by bpmn/ClaimHandling.bpmn and the claims module's workers. */
public final class ClaimHandling {

    public static final String PROCESS_ID = "ClaimHandling";

    /** Job types: kebab-case verb-object, one worker each. */
    public static final String JOB_REGISTER_CLAIM = "claims-register-claim";

    public static final String JOB_VALIDATE_CLAIM = "claims-validate-claim";
    public static final String JOB_RECORD_ROUTING = "claims-record-routing";
    public static final String JOB_MARK_SLA_BREACHED = "claims-mark-sla-breached";
    public static final String JOB_RECORD_INFO_REQUEST = "claims-record-info-request";
    public static final String JOB_RECORD_SELLER_REPLY = "claims-record-seller-reply";
    public static final String JOB_AUTO_CLOSE_CLAIM = "claims-auto-close-claim";
    public static final String JOB_PREPARE_ACTIONS = "claims-prepare-actions";
    public static final String JOB_RECORD_ACTION_FAILED = "claims-record-action-failed";
    public static final String JOB_ACCEPT_CLAIM = "claims-accept-claim";
    public static final String JOB_REJECT_CLAIM = "claims-reject-claim";
    public static final String JOB_MARK_CLAIM_INVALID = "claims-mark-claim-invalid";

    /**
     * Message that starts a claim's process (StartEvent_ClaimSubmitted), published with the claim reference as
     * correlation key: while a claim's process is active the engine starts no second one for it (ADR 0060).
     */
    public static final String MSG_CLAIM_SUBMITTED = "claim-submitted";

    /** BPMN error: the claim cannot be processed as submitted (Err_ClaimInvalid). */
    public static final String ERR_CLAIM_INVALID = "CLAIM_INVALID";

    /** Process variables. */
    public static final String VAR_CLAIM_REFERENCE = "claimReference";

    public static final String VAR_SUBMITTED_AT = "submittedAt";
    /** When the platform's 3-working-day response clock starts: submission, then each seller reply. */
    public static final String VAR_RESPONSE_FROM = "responseFrom";

    public static final String VAR_RESPONSE_WORKING_DAYS = "responseWorkingDays";
    public static final String VAR_REPLY_WORKING_DAYS = "replyWorkingDays";
    public static final String VAR_REMINDER_WORKING_DAYS_BEFORE = "reminderWorkingDaysBefore";
    public static final String VAR_INVALID_REASON = "invalidReason";
    /**
     * What the seller is told of the outcome: {@code outcome} (accepted, rejected, invalid) and its facts, worded by the
     * mail templates ({@code mail-templates/resolution-<outcome>.*}), never in Java.
     */
    public static final String VAR_DECISION = "decision";

    public static final String VAR_ACTION_ERROR = "actionError";

    /** The work-claim form's answers (forms/work-claim.form) that the process reads. */
    public static final String VAR_OUTCOME = "outcome";

    public static final String VAR_ACTIONS = "actions";
    /** The agent's message to the seller, quoted in the decision mail. */
    public static final String VAR_RESOLUTION = "resolution";

    public static final String VAR_REJECTION_REASON = "rejectionReason";
    public static final String VAR_QUESTION = "question";
    /** Who completed the task (set by the tasks module on completion). */
    public static final String VAR_COMPLETED_BY = TaskVariables.COMPLETED_BY;
    /** Set by the prepare-actions step: which actions the gateways run. */
    public static final String VAR_CANCEL_ITEM = "cancelItem";

    public static final String VAR_POST_ADJUSTMENT = "postAdjustment";
    /** The credit the agent entered, in {@link #VAR_ADJUSTMENT_CURRENCY} (the form hands both over together). */
    public static final String VAR_ADJUSTMENT_AMOUNT = "adjustmentAmount";

    public static final String VAR_ADJUSTMENT_CURRENCY = "adjustmentAmountCurrency";

    /** The elements that compute the claim's deadlines (calendar-compute-deadline): each is stored on the claim. */
    public static final String ELEMENT_COMPUTE_RESPONSE_DEADLINE = "Task_ComputeResponseDeadline";

    public static final String ELEMENT_COMPUTE_REPLY_DEADLINE = "Task_ComputeReplyDeadline";
    public static final String ELEMENT_COMPUTE_REMINDER_TIME = "Task_ComputeReminderTime";

    private ClaimHandling() {}
}
