package dev.claimdesk.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The roll-up the page reads (V199, ADR 0201): every figure kept per day and per month, and for each of the 16
 * combinations of the page's filters (process, category, country, team), the dimensions left out holding {@link #ALL}.
 * A period is read as its whole months and the days around them, in the one combination its filters and groupings
 * name, so that a page reads a few thousand rows whatever the period and however many claims there are.
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

    /** A day's row ({@code day} the day) or a month's ({@code day} the month's first day). */
    enum Grain {
        D,
        M
    }

    /** One row's key: a figure's key in one combination and grain. */
    record Cell(
            int mask,
            Grain grain,
            LocalDate day,
            Figure figure,
            String process,
            String category,
            String country,
            String team,
            String agent,
            String currency) {}

    /** Every row a figure of this key adds to: 16 combinations, by day and by month. */
    static List<Cell> cells(Projector.Key k) {
        List<Cell> cells = new ArrayList<>(COMBINATIONS * 2);
        for (Grain grain : Grain.values()) {
            LocalDate day = grain == Grain.M ? k.day().withDayOfMonth(1) : k.day();
            for (int mask = 0; mask < COMBINATIONS; mask++) {
                cells.add(new Cell(
                        mask,
                        grain,
                        day,
                        k.figure(),
                        kept(mask, PROCESS, k.process()),
                        kept(mask, CATEGORY, k.category()),
                        kept(mask, COUNTRY, k.country()),
                        kept(mask, TEAM, k.team()),
                        k.agent(),
                        k.currency()));
            }
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

    /** Days {@code from} to {@code to} of one grain (for months, their first days). */
    record Segment(Grain grain, LocalDate from, LocalDate to) {}

    /** A period as the days before its first whole month, its whole months, and the days after them. */
    static List<Segment> segments(LocalDate from, LocalDate to) {
        LocalDate firstWhole =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        // the first day after the last whole month
        LocalDate afterWhole = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
        if (!firstWhole.isBefore(afterWhole)) {
            return List.of(new Segment(Grain.D, from, to));
        }
        List<Segment> segments = new ArrayList<>();
        if (from.isBefore(firstWhole)) {
            segments.add(new Segment(Grain.D, from, firstWhole.minusDays(1)));
        }
        segments.add(new Segment(Grain.M, firstWhole, afterWhole.minusMonths(1)));
        if (!afterWhole.isAfter(to)) {
            segments.add(new Segment(Grain.D, afterWhole, to));
        }
        return segments;
    }
}
