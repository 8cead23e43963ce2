package dev.claimdesk.calendar;

import java.time.LocalDate;

/**
 * One date on a business calendar.
 *
 * @param name the holiday's name for {@link DayKind#HOLIDAY} and {@link DayKind#MAKE_UP_WORKING_DAY}, else null
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public boolean isWorkingDay() {
        return kind.isWorking();
    }
}
