package dev.claimdesk.billing;

public enum PayoutState {
    /** Due on its scheduled date, which has not passed. */
    SCHEDULED,
    PAID,
    /** Its scheduled date has passed and it is not paid: sellers raise "delayed receivables" claims about these. */
    DELAYED,
    /** The bank refused it (e.g. wrong account details). */
    FAILED
}
