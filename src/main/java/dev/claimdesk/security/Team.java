package dev.claimdesk.security;

/**
 * A team: its id is the candidate group of the user tasks it works (the queue's key, fixed once created), its name is
 * what people read, its calendar the business calendar its working days follow.
 */
public record Team(String id, String name, String calendarId) {}
