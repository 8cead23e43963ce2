package dev.claimdesk.calendar;

/** A calendar id that no notice, admin edit or setting names (most likely a typo). */
public class UnknownCalendarException extends IllegalArgumentException {

    public UnknownCalendarException(String id) {
        super("No business calendar '" + id + "'");
    }
}
