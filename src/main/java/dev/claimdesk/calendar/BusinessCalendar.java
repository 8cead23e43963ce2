package dev.claimdesk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A team's working days, and the arithmetic every deadline uses (ADR 0031):
 *
 * <ul>
 *   <li>A deadline of N working days after a moment ends with the <b>end of the Nth working day after the local date
 *       of that moment</b>: the day of the event itself never counts, whatever the hour, and an event on a weekend or
 *       holiday counts from the next working day. "Within 3 working days" of a claim sent on Friday evening ends on
 *       Wednesday at 23:59:59.999 local time.
 *   <li>The end of a day is its last millisecond (23:59:59.999) in the calendar's time zone: anything done on the due
 *       day is on time, and a timer set to the deadline fires when nothing of that day is left.
 *   <li>There are no business hours: a working day counts as a whole.
 * </ul>
 *
 * Dates are local to {@link #zone()}; instants are converted to it.
 */
public interface BusinessCalendar {

    /** The calendar's id, e.g. {@code cn}. */
    String id();

    /** The time zone in which this calendar's days begin and end. */
    ZoneId zone();

    /** The date's kind and, for a holiday or make-up working day, its name. */
    CalendarDay day(LocalDate date);

    boolean isWorkingDay(LocalDate date);

    /** The first working day strictly after {@code date}. */
    LocalDate nextWorkingDay(LocalDate date);

    /**
     * The Nth working day strictly after {@code date}; for 0, {@code date} itself if it is a working day, else the
     * next working day.
     */
    LocalDate addWorkingDays(LocalDate date, int workingDays);

    /**
     * The deadline "N working days after this moment": the end (23:59:59.999 local) of {@link #addWorkingDays(LocalDate,
     * int)} applied to the moment's local date.
     */
    Instant addWorkingDays(Instant from, int workingDays);

    /** {@link #addWorkingDays(Instant, int)} from now (the application clock). */
    Instant dueFromNow(int workingDays);

    /**
     * How many working days lie after {@code fromExclusive} up to and including {@code toInclusive} (negative when
     * {@code toInclusive} is before {@code fromExclusive}). The day after a pickup is 1 when it is a working day.
     * To decide whether something was on time, compare instants with {@link #addWorkingDays(Instant, int)}.
     */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);

    /** The last instant of {@code date} in this calendar's zone (23:59:59.999). */
    Instant endOf(LocalDate date);

    /** Time from now until {@code dueAt}: negative once it has passed. */
    Duration timeLeft(Instant dueAt);

    /** Whether {@code dueAt} has passed (now is after it). */
    boolean isOverdue(Instant dueAt);

    /**
     * The instant as an ISO-8601 date-time with this calendar's offset, e.g. {@code 2026-10-12T23:59:59.999+08:00}:
     * the form a BPMN timer's date ({@code timeDate}) expects.
     */
    String timerDate(Instant instant);

    /**
     * This calendar for bulk work (generating or projecting a history of many claims): the days from {@code from} to
     * {@code to} are read once, when the snapshot is taken, and an edit made later is not seen by it; days outside
     * that span are read as usual. Never for deadlines of live claims, which must follow an edit at once.
     */
    default BusinessCalendar snapshot(LocalDate from, LocalDate to) {
        return this;
    }
}
