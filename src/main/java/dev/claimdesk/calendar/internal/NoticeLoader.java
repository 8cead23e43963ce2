package dev.claimdesk.calendar.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.calendar.DayKind;
import dev.claimdesk.platform.AppClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the notice files to the database at startup (ADR 0030), before any job worker can ask for a deadline:
 *
 * <ul>
 *   <li>each file once: a file already applied with the same content is skipped, so restarts change nothing;
 *   <li>a file whose content changed (a corrected notice) is applied again; a new year's file is applied when it
 *       first appears;
 *   <li>all files are read together and applied year by year, so that a later notice revises an earlier one's
 *       December dates, never the other way round;
 *   <li>a date an admin has ever changed (added, changed or removed) is never touched by a notice again.
 * </ul>
 *
 * Several instances starting together are safe: the notice's row is written first, in the same transaction as its
 * days, and the loser of that race skips the file.
 */
@Component
class NoticeLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(NoticeLoader.class);
    static final String LOADER = "notice-loader";

    /** What happened to one file. */
    enum Outcome {
        LOADED,
        REVISED,
        UNCHANGED
    }

    private final CalendarStore store;
    private final CalendarProperties properties;
    private final ResourcePatternResolver resources;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final AppClock clock;

    NoticeLoader(
            CalendarStore store,
            CalendarProperties properties,
            ResourcePatternResolver resources,
            TransactionTemplate transactions,
            ObjectMapper json,
            AppClock clock) {
        this.store = store;
        this.properties = properties;
        this.resources = resources;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        loadConfigured();
    }

    /** Applies every file at {@code claimdesk.calendar.notice-locations}. */
    Map<String, Outcome> loadConfigured() {
        var found = new ArrayList<Resource>();
        for (String location : properties.noticeLocations()) {
            try {
                found.addAll(List.of(resources.getResources(location)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list calendar notices at " + location, e);
            }
        }
        return load(found);
    }

    /** Applies the given files; the result says, per file name, what happened. */
    Map<String, Outcome> load(List<Resource> files) {
        var notices = distinct(files.stream()
                .filter(Resource::exists)
                .map(file -> NoticeFile.read(file, json))
                .toList());
        var outcomes = new LinkedHashMap<String, Outcome>();
        notices.stream()
                .sorted(Comparator.comparing(NoticeFile::calendarId).thenComparingInt(NoticeFile::year))
                .forEach(notice -> outcomes.put(notice.resource(), transactions.execute(tx -> apply(notice))));
        return outcomes;
    }

    private Outcome apply(NoticeFile notice) {
        var known = store.notice(notice.calendarId(), notice.year());
        if (known.isPresent() && known.get().checksum().equals(notice.checksum())) {
            return Outcome.UNCHANGED;
        }
        Instant now = clock.instant();
        var record = new NoticeRecord(
                notice.calendarId(),
                notice.year(),
                notice.resource(),
                notice.checksum(),
                notice.days().size(),
                now);
        if (known.isEmpty()) {
            try {
                store.insertNotice(record);
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                return Outcome.UNCHANGED;
            }
        } else if (!store.replaceNotice(record, known.get().checksum())) {
            return Outcome.UNCHANGED;
        }
        int written = 0;
        for (var day : notice.days()) {
            written += write(notice, day, now) ? 1 : 0;
        }
        if (known.isPresent()) {
            dropDaysNoLongerListed(notice);
        }
        log.info(
                "Calendar {}: {} the {} notice from {} ({} of its {} days written)",
                notice.calendarId(),
                known.isEmpty() ? "loaded" : "re-applied the revised",
                notice.year(),
                notice.resource(),
                written,
                notice.days().size());
        return known.isEmpty() ? Outcome.LOADED : Outcome.REVISED;
    }

    private boolean write(NoticeFile notice, NoticeFile.Day day, Instant now) {
        String calendarId = notice.calendarId();
        if (store.changedByAdmin(calendarId, day.date())) {
            return false;
        }
        var stored = store.day(calendarId, day.date());
        if (stored.isPresent()
                && (stored.get().fromAdmin()
                        || Objects.requireNonNullElse(stored.get().sourceYear(), 0) > notice.year())) {
            return false; // a later notice has revised this date
        }
        var kind = day.offDay() ? DayKind.HOLIDAY : DayKind.MAKE_UP_WORKING_DAY;
        var row =
                new StoredDay(calendarId, day.date(), kind, day.name(), notice.resource(), notice.year(), now, LOADER);
        if (stored.isEmpty()) {
            store.insert(row);
        } else {
            store.update(row);
        }
        return true;
    }

    private void dropDaysNoLongerListed(NoticeFile notice) {
        var listed =
                new HashSet<>(notice.days().stream().map(NoticeFile.Day::date).toList());
        store.daysFrom(notice.calendarId(), notice.resource(), notice.year()).stream()
                .filter(day -> !listed.contains(day.date()))
                .forEach(day -> store.delete(day.calendarId(), day.date()));
    }

    /** The same file found twice (two locations) counts once; two different files for one year are an error. */
    private static List<NoticeFile> distinct(List<NoticeFile> notices) {
        var byYear = new LinkedHashMap<String, NoticeFile>();
        for (var notice : notices) {
            var previous = byYear.putIfAbsent(notice.calendarId() + "-" + notice.year(), notice);
            if (previous != null && !previous.checksum().equals(notice.checksum())) {
                throw new IllegalStateException("Two different notice files for calendar " + notice.calendarId()
                        + " and year " + notice.year() + ": keep one in claimdesk.calendar.notice-locations");
            }
        }
        return List.copyOf(byYear.values());
    }
}
