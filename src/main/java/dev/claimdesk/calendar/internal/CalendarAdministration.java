package dev.claimdesk.calendar.internal;

import dev.claimdesk.calendar.DayKind;
import dev.claimdesk.platform.AppClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does with a calendar: look at a year, mark a date as a holiday or a make-up working day, remove such
 * a mark. Every change is written to calendar_change (who, when, before and after), and a date once changed by an
 * admin is never overwritten by a notice file.
 */
@Service
public class CalendarAdministration {

    public static final int MAX_NAME_LENGTH = 100;
    private static final Pattern CALENDAR_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,34}");
    private static final int RECENT_CHANGES = 20;

    private final CalendarStore store;
    private final CalendarRegistry calendars;
    private final AppClock clock;

    CalendarAdministration(CalendarStore store, CalendarRegistry calendars, AppClock clock) {
        this.store = store;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Marks {@code date} as a holiday or make-up working day named {@code name}, replacing any earlier mark. */
    @Transactional
    public void mark(String calendarId, LocalDate date, DayKind kind, String name, String actor) {
        checkId(calendarId);
        if (kind == null || !kind.isOverride()) {
            throw new CalendarEditException("kind", "Choose whether the day is a holiday or a make-up working day.");
        }
        String cleanName = checkName(name);
        if (kind == DayKind.MAKE_UP_WORKING_DAY && StoredBusinessCalendar.weekKind(date) == DayKind.WORKING_DAY) {
            throw new CalendarEditException(
                    "date",
                    date + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + ", already a working day: a make-up working day falls on a Saturday or Sunday.");
        }
        var before = store.day(calendarId, date);
        if (before.isPresent()
                && before.get().kind() == kind
                && before.get().name().equals(cleanName)) {
            return; // nothing changes: no audit entry either
        }
        var now = clock.instant();
        var row = new StoredDay(calendarId, date, kind, cleanName, StoredDay.ADMIN, null, now, actor);
        if (before.isEmpty()) {
            try {
                store.insert(row);
            } catch (DuplicateKeyException sameMoment) {
                throw new CalendarEditException(
                        "date", "Someone else changed " + date + " at the same moment: check the day and save again.");
            }
        } else {
            store.update(row);
        }
        store.insertChange(new CalendarChange(
                calendarId,
                date,
                before.isEmpty() ? CalendarChange.Action.ADDED : CalendarChange.Action.CHANGED,
                kind,
                cleanName,
                before.map(StoredDay::describe).orElse(null),
                actor,
                now));
    }

    /** The name as it will be stored (stripped), or the reason it cannot be. */
    public String checkName(String name) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new CalendarEditException("name", "Give the day a name, e.g. \"Spring Festival\".");
        }
        if (cleanName.length() > MAX_NAME_LENGTH) {
            throw new CalendarEditException(
                    "name", "Keep the name to " + MAX_NAME_LENGTH + " characters (it has " + cleanName.length() + ").");
        }
        return cleanName;
    }

    /** Removes the holiday or make-up working day on {@code date}: the date follows the normal week again. */
    @Transactional
    public StoredDay remove(String calendarId, LocalDate date, String actor) {
        checkId(calendarId);
        var before = store.day(calendarId, date)
                .orElseThrow(() -> new CalendarEditException(
                        "date",
                        date + " is neither a holiday nor a make-up working day on calendar " + calendarId
                                + ": nothing to remove."));
        store.delete(calendarId, date);
        store.insertChange(new CalendarChange(
                calendarId,
                date,
                CalendarChange.Action.REMOVED,
                null,
                null,
                before.describe(),
                actor,
                clock.instant()));
        return before;
    }

    @Transactional(readOnly = true)
    public YearView year(String calendarId, int year) {
        checkId(calendarId);
        var calendar = calendars.of(calendarId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        var stored = store.days(calendarId, first, last);

        var months = new ArrayList<YearView.Month>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(year, m), stored, today));
        }
        int workingDays = (int) first.datesUntil(last.plusDays(1))
                .filter(d -> StoredBusinessCalendar.kind(d, stored).isWorking())
                .count();
        return new YearView(
                calendarId,
                year,
                calendar.zone(),
                today,
                List.copyOf(months),
                List.copyOf(stored.values()),
                store.notice(calendarId, year),
                store.changes(calendarId, first, last, RECENT_CHANGES),
                workingDays);
    }

    /** Whether the id could name a calendar (the page refuses to show or change anything else). */
    public boolean isKnown(String calendarId) {
        return calendars.ids().contains(calendarId);
    }

    public List<String> calendarIds() {
        return List.copyOf(calendars.ids());
    }

    public String defaultCalendarId() {
        return calendars.defaultCalendar().id();
    }

    private static YearView.Month month(YearMonth month, TreeMap<LocalDate, StoredDay> stored, LocalDate today) {
        var weeks = new ArrayList<List<YearView.Cell>>();
        var week = new ArrayList<YearView.Cell>();
        int leading = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < leading; i++) {
            week.add(null);
        }
        var named = new ArrayList<YearView.NamedDays>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            var day = stored.get(date);
            var kind = StoredBusinessCalendar.kind(date, stored);
            week.add(new YearView.Cell(date, kind, day == null ? null : day.name(), date.equals(today)));
            if (week.size() == 7) {
                weeks.add(nullsAllowed(week));
                week = new ArrayList<>();
            }
            if (day != null) {
                addToRun(named, d, day);
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(nullsAllowed(week));
        }
        return new YearView.Month(month, List.copyOf(weeks), List.copyOf(named));
    }

    private static void addToRun(List<YearView.NamedDays> named, int dayOfMonth, StoredDay day) {
        if (!named.isEmpty()) {
            var last = named.getLast();
            if (last.lastDay() == dayOfMonth - 1
                    && last.kind() == day.kind()
                    && last.name().equals(day.name())) {
                named.set(
                        named.size() - 1, new YearView.NamedDays(last.firstDay(), dayOfMonth, day.kind(), day.name()));
                return;
            }
        }
        named.add(new YearView.NamedDays(dayOfMonth, dayOfMonth, day.kind(), day.name()));
    }

    /** List.copyOf refuses nulls, and a week's padding cells are null. */
    private static List<YearView.Cell> nullsAllowed(List<YearView.Cell> week) {
        return Collections.unmodifiableList(new ArrayList<>(week));
    }

    private static void checkId(String calendarId) {
        if (calendarId == null || !CALENDAR_ID.matcher(calendarId).matches()) {
            throw new CalendarEditException(
                    "calendar", "A calendar id is lower-case letters, digits and dashes, e.g. \"cn\".");
        }
    }
}
