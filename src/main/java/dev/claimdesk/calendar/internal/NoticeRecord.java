package dev.claimdesk.calendar.internal;

import java.time.Instant;

/** A row of calendar_notice: a notice file applied to a calendar. */
public record NoticeRecord(
        String calendarId, int year, String resource, String checksum, int dayCount, Instant loadedAt) {}
