package dev.claimdesk.calendar;

import java.util.SortedSet;

/**
 * All business calendars by id. The team's calendar ({@code claimdesk.calendar.default-calendar}, {@code cn}) is also
 * a bean of type {@link BusinessCalendar} on its own.
 */
public interface BusinessCalendars {

    BusinessCalendar defaultCalendar();

    /**
     * The calendar with this id.
     *
     * @throws UnknownCalendarException when no notice, admin edit or setting names it
     */
    BusinessCalendar calendar(String id);

    /** The ids of every known calendar, the default one included. */
    SortedSet<String> ids();
}
