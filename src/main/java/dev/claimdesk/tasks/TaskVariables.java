package dev.claimdesk.tasks;

/**
 * The process variables a job-based user task is recorded with. A process whose tasks are about a claim sets
 * {@link #CLAIM_REFERENCE}; one whose tasks are about another case sets {@link #SUBJECT_TYPE} and
 * {@link #SUBJECT_REFERENCE}. The facts are optional and end up on the task row for the list's filters.
 */
public final class TaskVariables {

    public static final String CLAIM_REFERENCE = "claimReference";
    public static final String SUBJECT_TYPE = "subjectType";
    public static final String SUBJECT_REFERENCE = "subjectReference";
    /** The subject's status when the task is created (its owner keeps it current afterwards). */
    public static final String SUBJECT_STATUS = "subjectStatus";

    public static final String CATEGORY = "category";
    public static final String SHOP = "shop";
    public static final String SHOP_NAME = "shopName";
    public static final String COUNTRY = "country";
    public static final String ORDER_NUMBER = "orderNumber";
    public static final String PRIORITY = "priority";

    /**
     * Why the next task comes back to its queue ({@link Reopened#SELLER_REPLY}, ...), and since when (an ISO instant):
     * set by the step that sends the case back, overwritten by the next such step.
     */
    public static final String REOPENED_BY = "reopenedBy";

    public static final String REOPENED_AT = "reopenedAt";

    /** Set on completion: who completed the task. */
    public static final String COMPLETED_BY = "completedBy";

    private TaskVariables() {}
}
