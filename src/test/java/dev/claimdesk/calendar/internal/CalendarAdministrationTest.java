package dev.claimdesk.calendar.internal;

import static dev.claimdesk.calendar.internal.NoticeLoaderTest.freshCalendarId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.calendar.BusinessCalendars;
import dev.claimdesk.calendar.DayKind;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.support.ClaimDeskTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin's days count in every deadline at once, are recorded with who and when, and can be taken back. */
@ClaimDeskTest
class CalendarAdministrationTest {

    static final LocalDate MONDAY = LocalDate.of(2030, 5, 6);
    static final LocalDate SATURDAY = LocalDate.of(2030, 5, 11);

    @Autowired
    CalendarAdministration administration;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    CalendarStore store;

    @Autowired
    AppClock clock;

    @Test
    void aHolidayAnAdminAddsMovesDeadlinesAndItsRemovalMovesThemBack() {
        String id = freshCalendarId();
        Instant fridayEvening = MONDAY.minusDays(3)
                .atTime(19, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant();

        administration.mark(id, MONDAY, DayKind.HOLIDAY, "  Team offsite  ", "ada");

        var calendar = calendars.calendar(id);
        assertThat(calendars.ids()).contains(id);
        assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
        assertThat(calendar.day(MONDAY).name()).isEqualTo("Team offsite");
        assertThat(calendar.addWorkingDays(fridayEvening, 1)).isEqualTo(calendar.endOf(MONDAY.plusDays(1)));
        var stored = store.day(id, MONDAY).orElseThrow();
        assertThat(stored.fromAdmin()).isTrue();
        assertThat(stored.updatedBy()).isEqualTo("ada");
        assertThat(stored.updatedAt()).isBetween(clock.instant().minusSeconds(60), clock.instant());

        var removed = administration.remove(id, MONDAY, "bo");

        assertThat(removed.name()).isEqualTo("Team offsite");
        assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
        assertThat(calendar.addWorkingDays(fridayEvening, 1)).isEqualTo(calendar.endOf(MONDAY));
        assertThat(store.changes(id, MONDAY, MONDAY, 10))
                .extracting(CalendarChange::action, CalendarChange::actor, CalendarChange::previous)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                CalendarChange.Action.REMOVED, "bo", "holiday (Team offsite)"),
                        org.assertj.core.groups.Tuple.tuple(CalendarChange.Action.ADDED, "ada", null));
    }

    @Test
    void aMakeUpWorkingSaturdayCountsAndReplacingAMarkIsRecorded() {
        String id = freshCalendarId();
        administration.mark(id, SATURDAY, DayKind.HOLIDAY, "Labour Day", "ada");
        administration.mark(id, SATURDAY, DayKind.MAKE_UP_WORKING_DAY, "Labour Day", "ada");
        administration.mark(id, SATURDAY, DayKind.MAKE_UP_WORKING_DAY, "Labour Day", "ada"); // no change, no entry

        var calendar = calendars.calendar(id);
        assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();
        assertThat(calendar.nextWorkingDay(SATURDAY.minusDays(1))).isEqualTo(SATURDAY);
        assertThat(store.changes(id, SATURDAY, SATURDAY, 10))
                .extracting(CalendarChange::action, CalendarChange::previous)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CalendarChange.Action.CHANGED, "holiday (Labour Day)"),
                        org.assertj.core.groups.Tuple.tuple(CalendarChange.Action.ADDED, null));
    }

    @Test
    void editsThatMakeNoSenseAreRefusedWithAClearMessage() {
        String id = freshCalendarId();
        assertThatThrownBy(() -> administration.mark(id, MONDAY, DayKind.MAKE_UP_WORKING_DAY, "Swap", "ada"))
                .isInstanceOf(CalendarEditException.class)
                .hasMessage("2030-05-06 is a Monday, already a working day: a make-up working day falls on a"
                        + " Saturday or Sunday.")
                .extracting(e -> ((CalendarEditException) e).field())
                .isEqualTo("date");
        assertThatThrownBy(() -> administration.mark(id, MONDAY, DayKind.HOLIDAY, "   ", "ada"))
                .hasMessageContaining("Give the day a name");
        assertThatThrownBy(() -> administration.mark(id, MONDAY, DayKind.HOLIDAY, "x".repeat(101), "ada"))
                .hasMessageContaining("100 characters");
        assertThatThrownBy(() -> administration.mark(id, MONDAY, DayKind.WEEKEND, "Rest", "ada"))
                .hasMessageContaining("holiday or a make-up working day");
        assertThatThrownBy(() -> administration.remove(id, MONDAY, "ada")).hasMessageContaining("nothing to remove");
        assertThatThrownBy(() -> administration.mark("Not An Id", MONDAY, DayKind.HOLIDAY, "x", "ada"))
                .hasMessageContaining("calendar id");
        assertThat(store.day(id, MONDAY)).isEmpty();
        assertThat(store.changes(id, MONDAY, MONDAY, 10)).isEmpty();
    }

    @Test
    void theYearViewGroupsNamedDaysAndCountsWorkingDays() {
        var year = administration.year("cn", 2026);

        assertThat(year.notice())
                .hasValueSatisfying(n -> assertThat(n.resource()).isEqualTo("cn-2026.json"));
        assertThat(year.isEmpty()).isFalse();
        var october = year.months().get(9);
        assertThat(october.named())
                .extracting(YearView.NamedDays::days, YearView.NamedDays::kind, YearView.NamedDays::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1–7", DayKind.HOLIDAY, "National Day"),
                        org.assertj.core.groups.Tuple.tuple("10", DayKind.MAKE_UP_WORKING_DAY, "National Day"));
        // October 2026 starts on a Thursday: three empty cells, then the 1st
        assertThat(october.weeks().getFirst()).startsWith(null, null, null);
        assertThat(october.weeks().getFirst().get(3).css()).isEqualTo("cd-day cd-holiday");
        // 261 weekdays in 2026, less 19 weekday holidays, plus 6 make-up weekend days
        assertThat(year.workingDays()).isEqualTo(248);
        assertThat(year.holidays()).isEqualTo(33);
        assertThat(year.makeUpWorkingDays()).isEqualTo(6);
    }

    @Test
    void aCalendarEndsItsDaysInItsOwnTimeZone() {
        var berlin = new StoredBusinessCalendar("cn", ZoneId.of("Europe/Berlin"), store, clock);
        // a team in Berlin, on the day its clocks go forward (a 23-hour day)
        assertThat(berlin.endOf(LocalDate.of(2026, 3, 29))).isEqualTo(Instant.parse("2026-03-29T21:59:59.999Z"));
        assertThat(berlin.timerDate(berlin.endOf(LocalDate.of(2026, 3, 29))))
                .isEqualTo("2026-03-29T23:59:59.999+02:00");
    }
}
