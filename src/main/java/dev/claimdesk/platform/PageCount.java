package dev.claimdesk.platform;

/**
 * Where a page of a long list stands when its count stops at a cap (ADR 0190): a count above {@code cap} means "more
 * than the cap", so that no page load counts tens of thousands of rows one by one. Only the first pages are known
 * then, and paging goes on while pages are full.
 *
 * @param total the matches counted, at most {@code cap} + 1
 * @param number the page's number, from 0
 * @param rowsOnPage how many rows this page holds
 */
public record PageCount(long total, long cap, int number, int size, int rowsOnPage) {

    /** Exact counts up to this many rows; beyond it a page says "10,000+". */
    public static final long DEFAULT_CAP = 10_000;

    public boolean totalIsLowerBound() {
        return total > cap;
    }

    public int pages() {
        long known = Math.max(1, (Math.min(total, cap) + size - 1) / size);
        // past the known pages a page that has rows is one of them too
        return (int) (totalIsLowerBound() && rowsOnPage > 0 ? Math.max(known, number + 1L) : known);
    }

    public boolean hasNext() {
        return number + 1 < pages() || (totalIsLowerBound() && rowsOnPage == size);
    }

    /** Row numbers shown, from 1 ("26–50 of 80"). */
    public long first() {
        return total == 0 || rowsOnPage == 0 ? 0 : (long) number * size + 1;
    }

    public long last() {
        return (long) number * size + rowsOnPage;
    }

    /** The total as a person reads it: "1,234", or "10,000+" above the cap. */
    public String totalText() {
        return countText(total);
    }

    /** "Page 3 of 12", or "of 400+" when the total is above the cap. */
    public String pagesText() {
        return pages() + (totalIsLowerBound() ? "+" : "");
    }

    /** Any count of the same search as a person reads it. */
    public String countText(long count) {
        return count > cap ? "%,d+".formatted(cap) : "%,d".formatted(count);
    }
}
