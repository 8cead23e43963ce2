package dev.claimdesk.tasks;

/**
 * What the task list shows and filters on about a task's subject without opening it, kept on the task row: taken from
 * the task's variables when the task is created ({@link TaskVariables}), the status kept current by the subject's
 * owner ({@link Tasks#subjectStatus}). Any of them may be null (a case without an order, a task without a subject).
 */
public record SubjectFacts(
        String category, String shop, String shopName, String country, String orderNumber, String status) {

    public static final SubjectFacts NONE = new SubjectFacts(null, null, null, null, null, null);
}
