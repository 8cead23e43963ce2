package dev.claimdesk.dashboard.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Durations in working time: only the part of an interval that falls on the calendar's working days counts, a whole
 * working day as 24 hours (the calendar has no business hours, ADR 0031). A claim raised before a holiday is not
 * blamed for the holiday; a make-up working day on a weekend counts.
 */
final class WorkingTime {

    private WorkingTime() {}

    /** Working minutes from {@code from} to {@code to} (0 when {@code to} is not after {@code from}). */
    static long minutes(BusinessCalendar calendar, Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            return 0;
        }
        var zone = calendar.zone();
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        Duration total = Duration.ZERO;
        while (!day.isAfter(last)) {
            if (calendar.isWorkingDay(day)) {
                Instant start = day.atStartOfDay(zone).toInstant();
                Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
                Instant a = from.isAfter(start) ? from : start;
                Instant b = to.isBefore(end) ? to : end;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
            day = day.plusDays(1);
        }
        return total.toMinutes();
    }
}
