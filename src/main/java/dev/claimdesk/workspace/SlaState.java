package dev.claimdesk.workspace;

/**
 * Where a task stands against its working-day deadline (its due date), seen from today in the team's time zone.
 * Deadlines end at the last millisecond of a working day (ADR 0031), so "due today" means "answer before the team's
 * day ends".
 */
public enum SlaState {
    /** Due after today. */
    ON_TIME("On time"),
    /** Due before today ends (and not yet past). */
    DUE_TODAY("Due today"),
    /** The deadline has passed. */
    BREACHED("Breached"),
    /** The task has no due date. */
    NONE("No deadline");

    private final String label;

    SlaState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
