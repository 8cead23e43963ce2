package dev.claimdesk.demo;

import dev.claimdesk.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Moments of the demo's made-up past on the team's calendar, read once for the whole period (thousands of steps over
 * the same days), shared by the past claims, RTV cases and findings.
 */
record PastTime(BusinessCalendar calendar, Instant now) {

    /** The last {@code days} days before now, with the calendar read once for them and the deadlines after. */
    static PastTime of(BusinessCalendar calendar, Instant now, int days) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        return new PastTime(calendar.snapshot(today.minusDays(days + 1L), today.plusDays(60)), now);
    }

    LocalDate today() {
        return day(now);
    }

    LocalDate day(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    /** A moment of one of the last {@code days} days, in the hours sellers and staff are about (7:00-21:59). */
    Instant someMomentOfTheLast(int days, Random random) {
        LocalDate day = today().minusDays(1 + random.nextInt(days));
        return at(day, LocalTime.of(7 + random.nextInt(15), random.nextInt(60)));
    }

    /**
     * {@code count} made-up items, each started at a moment of the last {@code days} days, oldest first, less those
     * that would still be open now (whose last step, {@code lastStep}, is not before now).
     */
    <T> List<T> closedBeforeNow(
            int count, int days, Random random, BiFunction<Random, Instant, T> make, Function<T, Instant> lastStep) {
        List<Map.Entry<Instant, T>> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = someMomentOfTheLast(days, random);
            T item = make.apply(random, start);
            if (lastStep.apply(item).isBefore(now)) {
                made.add(Map.entry(start, item));
            }
        }
        made.sort(Map.Entry.comparingByKey());
        return made.stream().map(Map.Entry::getValue).toList();
    }

    Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(calendar.zone()).toInstant();
    }

    /**
     * A moment in office hours (9:00-17:59) of the working day {@code workingDays} after {@code from}'s, after
     * {@code from}: when staff act (sellers write at any hour).
     */
    Instant officeHoursLater(Instant from, int workingDays, Random random) {
        LocalDate day = workingDays == 0 ? day(from) : calendar.addWorkingDays(day(from), workingDays);
        Instant at = at(day, LocalTime.of(9 + random.nextInt(9), random.nextInt(60)));
        return at.isAfter(from) && calendar.isWorkingDay(day) ? at : officeHoursLater(from, workingDays + 1, random);
    }

    /** A moment this many working hours later (only working days' hours count). */
    Instant workingTimeLater(Instant from, int workingHours) {
        Instant t = from;
        long left = Duration.ofHours(workingHours).toMinutes();
        while (left > 0) {
            LocalDate day = day(t);
            Instant dayEnd = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
            if (!calendar.isWorkingDay(day)) {
                t = dayEnd;
                continue;
            }
            long available = Duration.between(t, dayEnd).toMinutes();
            if (available >= left) {
                return t.plus(Duration.ofMinutes(left));
            }
            left -= available;
            t = dayEnd;
        }
        return t;
    }
}
