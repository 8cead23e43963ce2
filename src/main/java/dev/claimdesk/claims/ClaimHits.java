package dev.claimdesk.claims;

import dev.claimdesk.platform.PageCount;
import java.util.List;
import java.util.Map;

/**
 * A page of a claim search with the number of matching claims per status (all pages), counted up to {@code countCap}
 * + 1 claims in all (ADR 0199): above the cap the total reads "10,000+" and the counts per status are those of the
 * first matches only, so a page does not show them.
 *
 * @param page the page's number, from 0
 */
public record ClaimHits(List<ClaimHit> rows, Map<ClaimStatus, Long> byStatus, int page, int size, long countCap) {

    public ClaimHits {
        rows = List.copyOf(rows);
        byStatus = Map.copyOf(byStatus);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    private PageCount count() {
        return new PageCount(total(), countCap, page, size, rows.size());
    }

    /** More claims match than were counted: the counts per status are partial. */
    public boolean totalIsLowerBound() {
        return count().totalIsLowerBound();
    }

    public int pages() {
        return count().pages();
    }

    /** Row numbers shown, from 1 ("26–50 of 80"). */
    public long first() {
        return count().first();
    }

    public long last() {
        return count().last();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return count().hasNext();
    }

    /** "1,234", or "10,000+" above the cap. */
    public String totalText() {
        return count().totalText();
    }

    /** "12", or "400+" above the cap. */
    public String pagesText() {
        return count().pagesText();
    }
}
