package dev.claimdesk.calendar.internal;

import dev.claimdesk.calendar.DayKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of calendar_day: a holiday or make-up working day.
 *
 * @param source {@link #ADMIN}, or the notice file that set it
 * @param sourceYear the year of that notice (a later notice may revise an earlier one's December); null for admin
 */
public record StoredDay(
        String calendarId,
        LocalDate date,
        DayKind kind,
        String name,
        String source,
        Integer sourceYear,
        Instant updatedAt,
        String updatedBy) {

    static final String ADMIN = "admin";

    public boolean fromAdmin() {
        return ADMIN.equals(source);
    }

    public String describe() {
        return (kind == DayKind.HOLIDAY ? "holiday" : "make-up working day") + " (" + name + ")";
    }
}
