package dev.claimdesk.calendar.internal;

/**
 * An admin's edit that cannot be made, with a message the admin can act on.
 *
 * @see CalendarAdministration
 */
public class CalendarEditException extends IllegalArgumentException {

    /** The form field the message is about: {@code date}, {@code kind} or {@code name}. */
    private final String field;

    CalendarEditException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
