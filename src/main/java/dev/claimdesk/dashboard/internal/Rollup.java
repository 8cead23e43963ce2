package dev.claimdesk.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly roll-up the page reads for whole months (V199, ADR 0201): every figure kept per month for each of the 16
 * combinations of the page's filters (process, category, country, team), the dimensions left out holding {@link #ALL}.
 * A period is read as its whole months from here, in the one combination its filters and groupings name, and the days
 * before and after them from the daily tables, so that a page reads about a month of daily rows whatever the period.
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

    /** Days {@code from} to {@code to}; for months, their first days. */
    record Span(LocalDate from, LocalDate to) {}

    /** A period as its whole months (null if none) and the days before and after them (none, one or two spans). */
    record Split(List<Span> days, Span months) {}

    static Split split(LocalDate from, LocalDate to) {
        LocalDate firstWhole =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        // the first day after the last whole month
        LocalDate afterWhole = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
        if (!firstWhole.isBefore(afterWhole)) {
            return new Split(List.of(new Span(from, to)), null);
        }
        List<Span> days = new ArrayList<>();
        if (from.isBefore(firstWhole)) {
            days.add(new Span(from, firstWhole.minusDays(1)));
        }
        if (!afterWhole.isAfter(to)) {
            days.add(new Span(afterWhole, to));
        }
        return new Split(days, new Span(firstWhole, afterWhole.minusMonths(1)));
    }
}
