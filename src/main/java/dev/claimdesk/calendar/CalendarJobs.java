package dev.claimdesk.calendar;

/** Job types and variables of the calendar's job workers, for the process models that use them. */
public final class CalendarJobs {

    /**
     * Computes a deadline in working days. Input: {@link #VAR_WORKING_DAYS} (required, 0 to 366),
     * {@link #VAR_FROM_INSTANT} (optional ISO-8601 date-time, default: now), {@link #VAR_CALENDAR_ID} (optional,
     * default: the team's calendar). Output: {@link #VAR_DUE_AT}, usable as a timer's date ({@code timeDate =dueAt}).
     */
    public static final String COMPUTE_DEADLINE = "calendar-compute-deadline";

    public static final String VAR_FROM_INSTANT = "fromInstant";
    public static final String VAR_WORKING_DAYS = "workingDays";
    public static final String VAR_CALENDAR_ID = "calendarId";
    /** ISO-8601 date-time with the calendar's offset, e.g. {@code 2026-10-12T23:59:59.999+08:00}. */
    public static final String VAR_DUE_AT = "dueAt";

    private CalendarJobs() {}
}
