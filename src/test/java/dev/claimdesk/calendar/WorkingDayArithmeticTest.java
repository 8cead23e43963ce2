package dev.claimdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.platform.AppClock;
import dev.claimdesk.support.ClaimDeskTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadlines on the team's calendar (cn, loaded from the 2025 and 2026 notices at startup), by ADR 0031: the end of the
 * Nth working day after the event's local date. Dates below were checked against cn-2025.json and cn-2026.json.
 */
@ClaimDeskTest
class WorkingDayArithmeticTest {

    @Autowired
    BusinessCalendar calendar;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    AppClock clock;

    @Test
    void theTeamCalendarIsChinasInShanghaiTime() {
        assertThat(calendar.id()).isEqualTo("cn");
        assertThat(calendar.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(calendars.defaultCalendar().id()).isEqualTo("cn");
        assertThat(calendars.ids()).contains("cn");
    }

    @Test
    void aClaimOnFridayEveningIsDueAtTheEndOfWednesday() {
        // Friday 20 November 2026, 20:30 in Shenzhen; no holiday near
        Instant friday = shanghai("2026-11-20T20:30");
        assertThat(calendar.addWorkingDays(friday, 3)).isEqualTo(Instant.parse("2026-11-25T15:59:59.999Z"));
        assertThat(calendar.timerDate(calendar.addWorkingDays(friday, 3))).isEqualTo("2026-11-25T23:59:59.999+08:00");

        // 23:30 UTC on that Friday is already Saturday morning in Shenzhen: still due on Wednesday
        assertThat(calendar.addWorkingDays(Instant.parse("2026-11-20T23:30:00Z"), 3))
                .isEqualTo(shanghai("2026-11-25T23:59:59.999"));
        // a claim on Monday at one minute past midnight: Monday itself does not count
        assertThat(calendar.addWorkingDays(shanghai("2026-11-23T00:01"), 3))
                .isEqualTo(shanghai("2026-11-26T23:59:59.999"));
    }

    @Test
    void aSnapshotForBulkWorkAnswersLikeTheLiveCalendarInsideAndOutsideItsSpan() {
        // a snapshot of autumn 2026 (National Day and its make-up Saturday inside), asked inside and beyond its span
        BusinessCalendar snapshot = calendar.snapshot(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));
        for (LocalDate day = LocalDate.of(2026, 8, 25);
                day.isBefore(LocalDate.of(2026, 11, 10));
                day = day.plusDays(1)) {
            assertThat(snapshot.day(day)).as(day.toString()).isEqualTo(calendar.day(day));
            assertThat(snapshot.addWorkingDays(day, 3)).as(day.toString()).isEqualTo(calendar.addWorkingDays(day, 3));
        }
        assertThat(snapshot.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12)))
                .isEqualTo(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12)))
                .isEqualTo(4);
    }

    @Test
    void theNationalDayHolidayIsSkippedAndItsMakeUpSaturdayCounts() {
        // 2026: 1-7 October holidays (Thursday to Wednesday), Saturday 10 October a make-up working day
        Instant lastDayOfSeptember = shanghai("2026-09-30T10:00");
        assertThat(calendar.day(LocalDate.of(2026, 10, 1)))
                .isEqualTo(new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "National Day"));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.addWorkingDays(lastDayOfSeptember, 1)).isEqualTo(shanghai("2026-10-08T23:59:59.999"));
        assertThat(calendar.addWorkingDays(lastDayOfSeptember, 3)).isEqualTo(shanghai("2026-10-10T23:59:59.999"));
        assertThat(calendar.addWorkingDays(lastDayOfSeptember, 4))
                .as("Sunday 11 October is a weekend")
                .isEqualTo(shanghai("2026-10-12T23:59:59.999"));
        // a claim raised during the holiday counts from its first working day
        assertThat(calendar.addWorkingDays(shanghai("2026-10-03T09:00"), 1))
                .isEqualTo(shanghai("2026-10-08T23:59:59.999"));
    }

    @Test
    void makeUpWorkingDaysOnAWeekendAreWorkingDays() {
        var saturday = LocalDate.of(2026, 2, 28); // after the Spring Festival
        var sunday = LocalDate.of(2026, 9, 20); // before the Mid-Autumn Festival: a Sunday, not a Saturday
        assertThat(saturday.getDayOfWeek().name()).isEqualTo("SATURDAY");
        assertThat(sunday.getDayOfWeek().name()).isEqualTo("SUNDAY");
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.isWorkingDay(sunday)).isTrue();
        assertThat(calendar.day(saturday).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        assertThat(calendar.day(saturday).name()).isEqualTo("Spring Festival");
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7)))
                .as("an ordinary Saturday")
                .isFalse();

        assertThat(calendar.addWorkingDays(shanghai("2026-02-27T18:00"), 1))
                .isEqualTo(shanghai("2026-02-28T23:59:59.999"));
        assertThat(calendar.addWorkingDays(shanghai("2026-09-19T11:00"), 1))
                .isEqualTo(shanghai("2026-09-20T23:59:59.999"));
        // Friday 13 February: Saturday 14 is worked, 15-23 February is the Spring Festival
        assertThat(calendar.addWorkingDays(shanghai("2026-02-13T16:00"), 3))
                .isEqualTo(shanghai("2026-02-25T23:59:59.999"));
    }

    @Test
    void aDeadlineRunsFromOneYearsNoticeIntoTheNext() {
        // Wednesday 31 December 2025; 1-3 January 2026 holidays, Sunday 4 January a make-up working day
        Instant newYearsEve = shanghai("2025-12-31T15:00");
        assertThat(calendar.addWorkingDays(newYearsEve, 1)).isEqualTo(shanghai("2026-01-04T23:59:59.999"));
        assertThat(calendar.addWorkingDays(newYearsEve, 3)).isEqualTo(shanghai("2026-01-06T23:59:59.999"));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 6)))
                .isEqualTo(3);
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheLast() {
        var pickup = LocalDate.of(2026, 9, 30);
        // 8, 9, 10 (make-up Saturday) and 12 October
        assertThat(calendar.workingDaysBetween(pickup, LocalDate.of(2026, 10, 12)))
                .isEqualTo(4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 12), pickup))
                .isEqualTo(-4);
        assertThat(calendar.workingDaysBetween(pickup, pickup)).isZero();
        assertThat(calendar.workingDaysBetween(pickup, LocalDate.of(2026, 10, 7)))
                .isZero();
        assertThat(calendar.addWorkingDays(pickup, 4)).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void zeroWorkingDaysEndsTheSameWorkingDayOrTheNextOne() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 0)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 1), 0)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 9, 30), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlinesFromNowFollowTheApplicationClock() {
        Instant due = calendar.dueFromNow(2);
        assertThat(due).isEqualTo(calendar.addWorkingDays(clock.instant(), 2));
        assertThat(calendar.isOverdue(due)).isFalse();
        assertThat(calendar.timeLeft(due)).isPositive();
        assertThat(calendar.isOverdue(clock.instant().minusSeconds(1))).isTrue();
        assertThat(calendar.timeLeft(clock.instant().minusSeconds(60))).isNegative();
    }

    @Test
    void anUnknownCalendarIsRefused() {
        assertThatThrownBy(() -> calendars.calendar("cnn"))
                .isInstanceOf(UnknownCalendarException.class)
                .hasMessageContaining("cnn");
    }

    private static Instant shanghai(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
    }
}
