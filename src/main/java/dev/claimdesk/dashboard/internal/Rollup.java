package dev.claimdesk.dashboard.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly roll-up the page reads for whole months (V199, ADR 0201): every figure kept per month for each of the 16
 * combinations of the page's filters (process, category, country, team), the dimensions left out holding {@link #ALL}.
 * A period is read as its months from here (those with more than half their days in it, their days outside it
 * subtracted), in the one combination its filters and groupings name, and its other days from the daily tables, so that
 * a page reads at most about a month of daily rows whatever the period.
 */
final class Rollup {

    /** A dimension summed over (left out of the combination). */
    static final String ALL = "*";

    static final int PROCESS = 1;
    static final int CATEGORY = 2;
    static final int COUNTRY = 4;
    static final int TEAM = 8;

    /** The four filter dimensions in mask order, as columns. */
    static final List<String> DIMENSIONS = List.of("process", "category", "country", "team");

    private static final int COMBINATIONS = 16;

    private Rollup() {}

    /**
     * One monthly row's key: a combination and a figure's key in it, dated the month's first day, the dimensions left
     * out of the combination {@link #ALL}.
     */
    record Cell(int mask, Projector.Key key) {}

    /** Every monthly row a figure of this key adds to: one per combination. */
    static List<Cell> cells(Projector.Key k) {
        List<Cell> cells = new ArrayList<>(COMBINATIONS);
        LocalDate month = k.day().withDayOfMonth(1);
        for (int mask = 0; mask < COMBINATIONS; mask++) {
            cells.add(new Cell(
                    mask,
                    new Projector.Key(
                            month,
                            k.figure(),
                            kept(mask, PROCESS, k.process()),
                            kept(mask, CATEGORY, k.category()),
                            kept(mask, COUNTRY, k.country()),
                            kept(mask, TEAM, k.team()),
                            k.agent(),
                            k.currency())));
        }
        return cells;
    }

    private static String kept(int mask, int dimension, String value) {
        return (mask & dimension) != 0 ? value : ALL;
    }

    /**
     * A duration in tenths of a working hour to two significant figures (half up, as SQL's ROUND in V199): exact below
     * 10 hours, to the hour below 100, within 5 % above; a month's samples then fit in a few hundred values.
     */
    static long bucket(long tenths) {
        if (tenths < 100) {
            return tenths;
        }
        long scale = 1;
        while (tenths / scale >= 100) {
            scale *= 10;
        }
        return (tenths + scale / 2) / scale * scale;
    }

    /** {@link #bucket} in SQL, on a {@code tenths} column (as V199 rolled up the daily rows of before). */
    static final String BUCKET_SQL = "CASE WHEN tenths < 100 THEN tenths WHEN tenths < 1000 THEN ROUND(tenths, -1)"
            + " WHEN tenths < 10000 THEN ROUND(tenths, -2) WHEN tenths < 100000 THEN ROUND(tenths, -3)"
            + " ELSE ROUND(tenths, -4) END";

    /** Days {@code from} to {@code to}; for months, their first days. */
    record Span(LocalDate from, LocalDate to) {}

    /**
     * A period read as months from the roll-up (null if none), the period's days outside them (none, one or two spans)
     * and the months' days outside the period, to subtract (none, one or two spans).
     */
    record Split(List<Span> days, Span months, List<Span> outside) {}

    /**
     * Every month of the period with more than half its days in it is read from the roll-up, its days outside the
     * period subtracted; the other days are read as days. A page then reads at most about a month of daily rows,
     * whatever the period's shape (two ragged half-months at worst).
     */
    static Split split(LocalDate from, LocalDate to) {
        LocalDate first = from.withDayOfMonth(1);
        if (!mostlyIn(first, from, to)) {
            first = first.plusMonths(1);
        }
        LocalDate last = to.withDayOfMonth(1);
        if (!mostlyIn(last, from, to)) {
            last = last.minusMonths(1);
        }
        if (last.isBefore(first)) {
            return new Split(List.of(new Span(from, to)), null, List.of());
        }
        LocalDate afterLast = last.plusMonths(1);
        List<Span> days = new ArrayList<>();
        List<Span> outside = new ArrayList<>();
        if (from.isBefore(first)) {
            days.add(new Span(from, first.minusDays(1)));
        } else if (first.isBefore(from)) {
            outside.add(new Span(first, from.minusDays(1)));
        }
        if (!to.isBefore(afterLast)) {
            days.add(new Span(afterLast, to));
        } else if (to.isBefore(afterLast.minusDays(1))) {
            outside.add(new Span(to.plusDays(1), afterLast.minusDays(1)));
        }
        return new Split(days, new Span(first, last), outside);
    }

    private static boolean mostlyIn(LocalDate month, LocalDate from, LocalDate to) {
        LocalDate start = month.isAfter(from) ? month : from;
        LocalDate end = month.plusMonths(1).minusDays(1);
        end = end.isBefore(to) ? end : to;
        long in = end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
        return in * 2 > month.lengthOfMonth();
    }
}
