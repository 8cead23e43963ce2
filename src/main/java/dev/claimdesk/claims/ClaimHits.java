package dev.claimdesk.claims;

import java.util.List;
import java.util.Map;

/**
 * A page of a claim search with the number of matching claims per status (all pages).
 *
 * @param page the page's number, from 0
 */
public record ClaimHits(List<ClaimHit> rows, Map<ClaimStatus, Long> byStatus, int page, int size) {

    public ClaimHits {
        rows = List.copyOf(rows);
        byStatus = Map.copyOf(byStatus);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public int pages() {
        return (int) Math.max(1, (total() + size - 1) / size);
    }

    /** Row numbers shown, from 1 ("26–50 of 80"). */
    public long first() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return (long) page * size + rows.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return last() < total();
    }
}
