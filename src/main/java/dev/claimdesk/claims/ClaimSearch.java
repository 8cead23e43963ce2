package dev.claimdesk.claims;

import java.time.Instant;
import java.util.Set;

/**
 * Which claims to find, open or closed: every filter is optional. Instants bound the periods ({@code from} included,
 * {@code to} excluded), so the caller decides what a day is in its own zone. Text matches the beginning of the
 * reference, order number, shop code or shop name.
 *
 * @param statuses any of these (empty = every status)
 * @param slaBreached true: a response deadline was missed; false: none was; null: either
 * @param sellerReplied only claims the seller answered by mail
 * @param sellerAsked only claims whose seller was asked for information
 */
public record ClaimSearch(
        String text,
        ClaimCategory category,
        String country,
        String team,
        Set<ClaimStatus> statuses,
        Boolean slaBreached,
        Instant submittedFrom,
        Instant submittedTo,
        Instant closedFrom,
        Instant closedTo,
        boolean sellerReplied,
        boolean sellerAsked,
        Sort sort) {

    public enum Sort {
        /** Newest submission first (the default). */
        NEWEST,
        OLDEST,
        /** Most recently closed first; open claims last. */
        RECENTLY_CLOSED
    }

    public ClaimSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? Sort.NEWEST : sort;
    }

    /** Every claim, newest first. */
    public static ClaimSearch all() {
        return new ClaimSearch(null, null, null, null, Set.of(), null, null, null, null, null, false, false, null);
    }
}
