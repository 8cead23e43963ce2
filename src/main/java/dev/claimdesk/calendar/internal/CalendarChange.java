package dev.claimdesk.calendar.internal;

import dev.claimdesk.calendar.DayKind;
import java.time.Instant;
import java.time.LocalDate;

/** A row of calendar_change: one admin edit, kept for good. */
public record CalendarChange(
        String calendarId,
        LocalDate date,
        Action action,
        DayKind kind,
        String name,
        String previous,
        String actor,
        Instant changedAt) {

    public enum Action {
        ADDED,
        CHANGED,
        REMOVED
    }
}
