package dev.claimdesk.calendar.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.calendar.BusinessCalendars;
import dev.claimdesk.calendar.UnknownCalendarException;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import java.time.ZoneId;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/** Every calendar by id: the default one, those with notices or admin edits, and those with their own time zone. */
@Service
class CalendarRegistry implements BusinessCalendars {

    private final CalendarStore store;
    private final CalendarProperties properties;
    private final PlatformProperties platform;
    private final AppClock clock;

    CalendarRegistry(CalendarStore store, CalendarProperties properties, PlatformProperties platform, AppClock clock) {
        this.store = store;
        this.properties = properties;
        this.platform = platform;
        this.clock = clock;
    }

    @Override
    public BusinessCalendar defaultCalendar() {
        return of(properties.defaultCalendar());
    }

    @Override
    public BusinessCalendar calendar(String id) {
        if (!ids().contains(id)) {
            throw new UnknownCalendarException(id);
        }
        return of(id);
    }

    @Override
    public SortedSet<String> ids() {
        var ids = new TreeSet<>(store.calendarIds());
        ids.add(properties.defaultCalendar());
        ids.addAll(properties.timeZones().keySet());
        return ids;
    }

    /** Any well-formed id, known or not: admins may start a calendar by adding its first day. */
    BusinessCalendar of(String id) {
        return new StoredBusinessCalendar(id, zone(id), store, clock);
    }

    ZoneId zone(String id) {
        return properties.timeZones().getOrDefault(id, platform.timeZone());
    }
}
