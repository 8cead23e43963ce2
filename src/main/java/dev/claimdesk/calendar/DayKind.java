package dev.claimdesk.calendar;

/** What a date is on a business calendar. */
public enum DayKind {
    /** Monday to Friday, no notice says otherwise. */
    WORKING_DAY(true),
    /** Saturday or Sunday, no notice says otherwise. */
    WEEKEND(false),
    /** A public holiday (or another day off set by an admin): no work, even on a weekday. */
    HOLIDAY(false),
    /** A weekend day worked in exchange for a holiday (调休): work, even on a Saturday or Sunday. */
    MAKE_UP_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean isWorking() {
        return working;
    }

    /** Holidays and make-up working days are stored; the other kinds follow from the day of the week. */
    public boolean isOverride() {
        return this == HOLIDAY || this == MAKE_UP_WORKING_DAY;
    }
}
