package dev.claimdesk.calendar.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.calendar.CalendarDay;
import dev.claimdesk.calendar.DayKind;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * A calendar read from the database on every question: the stored days are few (a few dozen a year), the queries hit
 * the (calendar, date) key, and an admin's edit counts at once on every instance of the application.
 */
final class StoredBusinessCalendar implements BusinessCalendar {

    /** Days read per query while counting forward: more than any run of holidays plus weekends. */
    private static final int WINDOW_DAYS = 62;

    /** Guards against a calendar with no working day left (every weekday marked a holiday, by mistake). */
    private static final int MAX_SEARCH_DAYS = 3_660;

    private final String id;
    private final ZoneId zone;
    private final CalendarStore store;
    private final Clock clock;
    /** A snapshot's days, read once (see {@link #snapshot}); null: read from the store on every question. */
    private final TreeMap<LocalDate, StoredDay> snapshot;

    private final LocalDate snapshotFrom;
    private final LocalDate snapshotTo;

    StoredBusinessCalendar(String id, ZoneId zone, CalendarStore store, Clock clock) {
        this(id, zone, store, clock, null, null, null);
    }

    private StoredBusinessCalendar(
            String id,
            ZoneId zone,
            CalendarStore store,
            Clock clock,
            TreeMap<LocalDate, StoredDay> snapshot,
            LocalDate snapshotFrom,
            LocalDate snapshotTo) {
        this.id = id;
        this.zone = zone;
        this.store = store;
        this.clock = clock;
        this.snapshot = snapshot;
        this.snapshotFrom = snapshotFrom;
        this.snapshotTo = snapshotTo;
    }

    @Override
    public BusinessCalendar snapshot(LocalDate from, LocalDate to) {
        return new StoredBusinessCalendar(id, zone, store, clock, store.days(id, from, to), from, to);
    }

    private boolean inSnapshot(LocalDate from, LocalDate to) {
        return snapshot != null && !from.isBefore(snapshotFrom) && !to.isAfter(snapshotTo);
    }

    private java.util.Optional<StoredDay> stored(LocalDate date) {
        return inSnapshot(date, date) ? java.util.Optional.ofNullable(snapshot.get(date)) : store.day(id, date);
    }

    private java.util.SortedMap<LocalDate, StoredDay> stored(LocalDate from, LocalDate to) {
        return inSnapshot(from, to) ? snapshot.subMap(from, true, to, true) : store.days(id, from, to);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public CalendarDay day(LocalDate date) {
        return stored(date)
                .map(stored -> new CalendarDay(date, stored.kind(), stored.name()))
                .orElseGet(() -> new CalendarDay(date, weekKind(date), null));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorkingDay();
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return nthWorkingDayAfter(date, 1);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + workingDays);
        }
        if (workingDays == 0) {
            return isWorkingDay(date) ? date : nextWorkingDay(date);
        }
        return nthWorkingDayAfter(date, workingDays);
    }

    @Override
    public Instant addWorkingDays(Instant from, int workingDays) {
        return endOf(addWorkingDays(from.atZone(zone).toLocalDate(), workingDays));
    }

    @Override
    public Instant dueFromNow(int workingDays) {
        return addWorkingDays(clock.instant(), workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        LocalDate first = fromExclusive.plusDays(1);
        if (first.isAfter(toInclusive)) {
            return 0;
        }
        var stored = stored(first, toInclusive);
        return (int) first.datesUntil(toInclusive.plusDays(1))
                .filter(date -> kind(date, stored).isWorking())
                .count();
    }

    @Override
    public Instant endOf(LocalDate date) {
        // the start of the next day, less a millisecond: right even on a day with a daylight-saving change
        return date.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    @Override
    public Duration timeLeft(Instant dueAt) {
        return Duration.between(clock.instant(), dueAt);
    }

    @Override
    public boolean isOverdue(Instant dueAt) {
        return clock.instant().isAfter(dueAt);
    }

    @Override
    public String timerDate(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).toOffsetDateTime());
    }

    private LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        int counted = 0;
        LocalDate windowStart = date.plusDays(1);
        while (!windowStart.isAfter(date.plusDays(MAX_SEARCH_DAYS))) {
            LocalDate windowEnd = windowStart.plusDays(WINDOW_DAYS - 1);
            var stored = stored(windowStart, windowEnd);
            for (LocalDate day = windowStart; !day.isAfter(windowEnd); day = day.plusDays(1)) {
                if (kind(day, stored).isWorking() && ++counted == n) {
                    return day;
                }
            }
            windowStart = windowEnd.plusDays(1);
        }
        throw new IllegalStateException("Calendar '" + id + "' has fewer than " + n + " working days in the "
                + MAX_SEARCH_DAYS + " days after " + date + ": check its holidays");
    }

    static DayKind kind(LocalDate date, Map<LocalDate, StoredDay> stored) {
        var day = stored.get(date);
        return day == null ? weekKind(date) : day.kind();
    }

    static DayKind weekKind(LocalDate date) {
        var dayOfWeek = date.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKING_DAY;
    }
}
