package dev.claimdesk.calendar.internal;

import dev.claimdesk.calendar.DayKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calendar tables over plain JDBC: dates go to Connector/J as {@link LocalDate} and come back as one, with no time
 * zone conversion on the way (ADR 0030). Instants are stored as UTC date-times, as Hibernate stores them elsewhere.
 */
@Repository
class CalendarStore {

    private static final String DAY_COLUMNS =
            "calendar_id, local_date, kind, name, source, source_year, updated_at, updated_by";

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- days ---

    /** The stored days from {@code from} to {@code to}, both included, in date order. */
    TreeMap<LocalDate, StoredDay> days(String calendarId, LocalDate from, LocalDate to) {
        var days = new TreeMap<LocalDate, StoredDay>();
        jdbc.sql("SELECT " + DAY_COLUMNS + " FROM calendar_day WHERE calendar_id = ? AND local_date BETWEEN ? AND ?")
                .params(calendarId, from, to)
                .query(CalendarStore::day)
                .list()
                .forEach(day -> days.put(day.date(), day));
        return days;
    }

    Optional<StoredDay> day(String calendarId, LocalDate date) {
        return jdbc.sql("SELECT " + DAY_COLUMNS + " FROM calendar_day WHERE calendar_id = ? AND local_date = ?")
                .params(calendarId, date)
                .query(CalendarStore::day)
                .optional();
    }

    void insert(StoredDay day) {
        jdbc.sql("INSERT INTO calendar_day (" + DAY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        day.calendarId(),
                        day.date(),
                        day.kind().name(),
                        day.name(),
                        day.source(),
                        day.sourceYear(),
                        utc(day.updatedAt()),
                        day.updatedBy())
                .update();
    }

    void update(StoredDay day) {
        jdbc.sql("UPDATE calendar_day SET kind = ?, name = ?, source = ?, source_year = ?, updated_at = ?,"
                        + " updated_by = ? WHERE calendar_id = ? AND local_date = ?")
                .params(
                        day.kind().name(),
                        day.name(),
                        day.source(),
                        day.sourceYear(),
                        utc(day.updatedAt()),
                        day.updatedBy(),
                        day.calendarId(),
                        day.date())
                .update();
    }

    void delete(String calendarId, LocalDate date) {
        jdbc.sql("DELETE FROM calendar_day WHERE calendar_id = ? AND local_date = ?")
                .params(calendarId, date)
                .update();
    }

    /** The days a notice file set, for re-applying a revised file. */
    List<StoredDay> daysFrom(String calendarId, String source, int sourceYear) {
        return jdbc.sql("SELECT " + DAY_COLUMNS
                        + " FROM calendar_day WHERE calendar_id = ? AND source = ? AND source_year = ?")
                .params(calendarId, source, sourceYear)
                .query(CalendarStore::day)
                .list();
    }

    /** Every calendar that has a notice or a stored day. */
    TreeSet<String> calendarIds() {
        return new TreeSet<>(
                jdbc.sql("SELECT calendar_id FROM calendar_notice UNION SELECT calendar_id FROM calendar_day")
                        .query(String.class)
                        .list());
    }

    // --- notices ---

    Optional<NoticeRecord> notice(String calendarId, int year) {
        return jdbc.sql("SELECT calendar_id, notice_year, resource, checksum, day_count, loaded_at"
                        + " FROM calendar_notice WHERE calendar_id = ? AND notice_year = ?")
                .params(calendarId, year)
                .query(CalendarStore::notice)
                .optional();
    }

    /** Fails with a duplicate key when another instance has recorded this notice first. */
    void insertNotice(NoticeRecord notice) {
        jdbc.sql("INSERT INTO calendar_notice (calendar_id, notice_year, resource, checksum, day_count, loaded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        notice.calendarId(),
                        notice.year(),
                        notice.resource(),
                        notice.checksum(),
                        notice.dayCount(),
                        utc(notice.loadedAt()))
                .update();
    }

    /** Compare-and-set on the checksum: false when another instance has already applied the revision. */
    boolean replaceNotice(NoticeRecord notice, String previousChecksum) {
        return jdbc.sql("UPDATE calendar_notice SET resource = ?, checksum = ?, day_count = ?, loaded_at = ?"
                                + " WHERE calendar_id = ? AND notice_year = ? AND checksum = ?")
                        .params(
                                notice.resource(),
                                notice.checksum(),
                                notice.dayCount(),
                                utc(notice.loadedAt()),
                                notice.calendarId(),
                                notice.year(),
                                previousChecksum)
                        .update()
                == 1;
    }

    // --- changes ---

    void insertChange(CalendarChange change) {
        jdbc.sql("INSERT INTO calendar_change"
                        + " (calendar_id, local_date, action, kind, name, previous, actor, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        change.calendarId(),
                        change.date(),
                        change.action().name(),
                        change.kind() == null ? null : change.kind().name(),
                        change.name(),
                        change.previous(),
                        change.actor(),
                        utc(change.changedAt()))
                .update();
    }

    /** Whether an admin has ever changed this date: a notice then leaves it alone. */
    boolean changedByAdmin(String calendarId, LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_change WHERE calendar_id = ? AND local_date = ?")
                        .params(calendarId, date)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Admin changes to dates from {@code from} to {@code to}, newest first. */
    List<CalendarChange> changes(String calendarId, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("SELECT calendar_id, local_date, action, kind, name, previous, actor, changed_at"
                        + " FROM calendar_change WHERE calendar_id = ? AND local_date BETWEEN ? AND ?"
                        + " ORDER BY id DESC LIMIT ?")
                .params(calendarId, from, to, limit)
                .query((rs, row) -> new CalendarChange(
                        rs.getString("calendar_id"),
                        rs.getObject("local_date", LocalDate.class),
                        CalendarChange.Action.valueOf(rs.getString("action")),
                        rs.getString("kind") == null ? null : DayKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("previous"),
                        rs.getString("actor"),
                        instant(rs, "changed_at")))
                .list();
    }

    private static StoredDay day(ResultSet rs, int row) throws SQLException {
        return new StoredDay(
                rs.getString("calendar_id"),
                rs.getObject("local_date", LocalDate.class),
                DayKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("source"),
                rs.getObject("source_year", Integer.class),
                instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    private static NoticeRecord notice(ResultSet rs, int row) throws SQLException {
        return new NoticeRecord(
                rs.getString("calendar_id"),
                rs.getInt("notice_year"),
                rs.getString("resource"),
                rs.getString("checksum"),
                rs.getInt("day_count"),
                instant(rs, "loaded_at"));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
