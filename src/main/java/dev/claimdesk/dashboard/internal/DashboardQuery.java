package dev.claimdesk.dashboard.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.dashboard.internal.DashboardView.*;
import dev.claimdesk.platform.AppClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboard for a filter: sums of the figures over the period (its whole months from the monthly roll-up in
 * the filter's combination of dimensions, the days around them from the daily rows: V100, V199, ADR 0201),
 * percentiles from the counted duration samples, and the backlog from the open claims' rows.
 */
@Component
public class DashboardQuery {

    /** Backlog age buckets, in working days since submission. */
    static final int[] AGE_LIMITS = {1, 3, 5, 10};

    static final List<String> AGE_LABELS = List.of(
            "under 1 working day", "1-2 working days", "3-4 working days", "5-9 working days", "10+ working days");

    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;
    private final AppClock clock;
    private final Incidents incidents;

    DashboardQuery(JdbcTemplate jdbc, BusinessCalendar calendar, AppClock clock, Incidents incidents) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.incidents = incidents;
    }

    /** Today in the team's calendar: the default period ends with it. */
    public LocalDate today() {
        return clock.instant().atZone(calendar.zone()).toLocalDate();
    }

    @Transactional(readOnly = true)
    public DashboardView load(DashboardFilter filter) {
        Map<Figure, Long> totals = totals(filter);
        var money = money(filter);
        var durations = durations(filter);
        long dueToday = dueToday(filter);
        var handling = handling(filter);
        return new DashboardView(
                filter,
                days(filter),
                totals.get(Figure.OPENED),
                totals.get(Figure.CLOSED),
                backlog(filter),
                new Sla(
                        totals.get(Figure.FIRST_RESPONSE),
                        totals.get(Figure.FIRST_RESPONSE) - totals.get(Figure.FIRST_RESPONSE_LATE),
                        totals.get(Figure.FIRST_RESPONSE_LATE),
                        totals.get(Figure.SLA_BREACHED),
                        dueToday),
                new SellerReplies(
                        totals.get(Figure.INFO_REQUESTED),
                        totals.get(Figure.REMINDED),
                        totals.get(Figure.SELLER_REPLIED),
                        totals.get(Figure.AUTO_CLOSED)),
                new Durations(
                        totals.get(Figure.FIRST_RESPONSE),
                        Percentiles.of(durations.get(Figure.FIRST_RESPONSE), 50),
                        Percentiles.of(durations.get(Figure.FIRST_RESPONSE), 90),
                        totals.get(Figure.RESOLVED),
                        Percentiles.of(durations.get(Figure.RESOLVED), 50),
                        Percentiles.of(durations.get(Figure.RESOLVED), 90)),
                new Outcomes(
                        totals.get(Figure.ACCEPTED),
                        totals.get(Figure.REJECTED),
                        totals.get(Figure.AUTO_CLOSED),
                        totals.get(Figure.INVALID)),
                Processes.outcomes(filter, totals),
                new Deadlines(
                        totals.get(Figure.DEADLINE_MET),
                        totals.get(Figure.DEADLINE_MISSED),
                        totals.get(Figure.REMINDED),
                        dueToday),
                filter.process() == null ? processes(filter) : List.of(),
                new Actions(
                        totals.get(Figure.ITEM_CANCELLED),
                        money.getOrDefault(Figure.ADJUSTMENT, List.of()),
                        money.getOrDefault(Figure.PENALTY, List.of()),
                        money.getOrDefault(Figure.PENALTY_REVERSED, List.of())),
                handling.teams(),
                handling.agents(),
                incidents.open(50));
    }

    private Map<Figure, Long> totals(DashboardFilter filter) {
        Map<Figure, Long> totals = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            totals.put(f, 0L);
        }
        sum(filter, 0, "SELECT figure, {n} AS n FROM {figures} WHERE {where} GROUP BY figure", rs -> {
            totals.merge(Figure.valueOf(rs.getString("figure")), rs.getLong("n"), Long::sum);
        });
        return totals;
    }

    private List<DayCount> days(DashboardFilter filter) {
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            byDay.put(d, new long[2]);
        }
        var where = Where.days(filter, List.of(new Rollup.Span(filter.from(), filter.to())));
        jdbc.query(
                "SELECT day, figure, SUM(n) AS n FROM dashboard_figure WHERE figure IN ('OPENED', 'CLOSED') AND "
                        + where.sql + " GROUP BY day, figure",
                rs -> {
                    long[] counts = byDay.get(rs.getObject("day", LocalDate.class));
                    if (counts != null) {
                        counts["OPENED".equals(rs.getString("figure")) ? 0 : 1] = rs.getLong("n");
                    }
                },
                where.array());
        List<DayCount> days = new ArrayList<>();
        byDay.forEach((day, c) -> days.add(new DayCount(day, c[0], c[1])));
        return days;
    }

    private Map<Figure, List<Money>> money(DashboardFilter filter) {
        Map<Figure, Map<String, Money>> byCurrency = new EnumMap<>(Figure.class);
        sum(
                filter,
                0,
                "SELECT figure, currency, {n} AS n, {amount} AS amount FROM {figures}"
                        + " WHERE figure IN ('ADJUSTMENT', 'PENALTY', 'PENALTY_REVERSED') AND {where}"
                        + " GROUP BY figure, currency",
                rs -> {
                    var more = new Money(rs.getString("currency"), rs.getLong("n"), rs.getBigDecimal("amount"));
                    byCurrency
                            .computeIfAbsent(Figure.valueOf(rs.getString("figure")), f -> new TreeMap<>())
                            .merge(
                                    more.currency(),
                                    more,
                                    (a, b) -> new Money(
                                            a.currency(),
                                            a.count() + b.count(),
                                            a.amount().add(b.amount())));
                });
        Map<Figure, List<Money>> money = new EnumMap<>(Figure.class);
        // a currency seen only on the days subtracted sums to nothing
        byCurrency.forEach((figure, each) -> money.put(
                figure, each.values().stream().filter(m -> m.count() != 0).toList()));
        return money;
    }

    /**
     * The first-response and resolution times, one statement per figure and table: each is then one range of an index
     * led by the figure, where the two figures in one IN list had the optimizer scan the whole index.
     */
    private Map<Figure, SortedMap<Long, Long>> durations(DashboardFilter filter) {
        Map<Figure, SortedMap<Long, Long>> samples = new EnumMap<>(Figure.class);
        for (Figure figure : List.of(Figure.FIRST_RESPONSE, Figure.RESOLVED)) {
            SortedMap<Long, Long> counts = new TreeMap<>();
            sum(
                    filter,
                    0,
                    "SELECT {tenths} AS tenths, {n} AS n FROM {times} WHERE figure = '" + figure.name()
                            + "' AND {where} GROUP BY {tenths}",
                    rs -> {
                        counts.merge(rs.getLong("tenths"), rs.getLong("n"), Long::sum);
                    });
            samples.put(figure, counts);
        }
        return samples;
    }

    /**
     * Every process over the period, the known ones first (listed even without figures), then any other that has
     * figures: opened, closed, open now, deadlines kept and missed.
     */
    private List<ProcessRow> processes(DashboardFilter filter) {
        Map<String, Map<Figure, Long>> byProcess = new LinkedHashMap<>();
        Processes.ALL.forEach(p -> byProcess.put(p.id(), new EnumMap<>(Figure.class)));
        Map<String, Map<Figure, Long>> others = new TreeMap<>();
        sum(
                filter,
                Rollup.PROCESS,
                "SELECT process, figure, {n} AS n FROM {figures} WHERE figure IN ('OPENED', 'CLOSED',"
                        + " 'FIRST_RESPONSE', 'FIRST_RESPONSE_LATE', 'SLA_BREACHED', 'DEADLINE_MET', 'DEADLINE_MISSED')"
                        + " AND {where} GROUP BY process, figure",
                rs -> {
                    String process = rs.getString("process");
                    (byProcess.containsKey(process) ? byProcess : others)
                            .computeIfAbsent(process, p -> new EnumMap<>(Figure.class))
                            .merge(Figure.valueOf(rs.getString("figure")), rs.getLong("n"), Long::sum);
                });
        others.values().removeIf(f -> f.values().stream().allMatch(n -> n == 0));
        byProcess.putAll(others);
        Map<String, Long> open = new LinkedHashMap<>();
        var dims = Where.dimensions(filter);
        jdbc.query(
                "SELECT process, COUNT(*) AS n FROM dashboard_claim WHERE is_open = TRUE" + dims.sql
                        + " GROUP BY process",
                rs -> {
                    open.put(rs.getString("process"), rs.getLong("n"));
                },
                dims.array());
        List<ProcessRow> rows = new ArrayList<>();
        byProcess.forEach((id, f) -> {
            var process = Processes.of(id);
            boolean claims = process.claims();
            long late = f.getOrDefault(Figure.FIRST_RESPONSE_LATE, 0L);
            rows.add(new ProcessRow(
                    id,
                    process.label(),
                    "/dashboard?" + filter.withProcess(id).toQuery(),
                    f.getOrDefault(Figure.OPENED, 0L),
                    f.getOrDefault(Figure.CLOSED, 0L),
                    open.getOrDefault(id, 0L),
                    claims ? f.getOrDefault(Figure.FIRST_RESPONSE, 0L) - late : f.getOrDefault(Figure.DEADLINE_MET, 0L),
                    claims ? f.getOrDefault(Figure.SLA_BREACHED, 0L) : f.getOrDefault(Figure.DEADLINE_MISSED, 0L)));
        });
        return rows;
    }

    /** Per team and per agent (within their team): tasks done, late, and the median of the handling times. */
    record Handling(List<HandlingRow> teams, List<HandlingRow> agents) {}

    /**
     * Both tables from one read of the period's task figures and handling times (each grouped by team and agent): the
     * team rows are the sums of their agents' rows.
     */
    private Handling handling(DashboardFilter filter) {
        var teams = new HandlingTally();
        var agents = new HandlingTally();
        sum(
                filter,
                Rollup.TEAM,
                "SELECT team, agent, figure, {n} AS n FROM {figures} WHERE figure IN ('TASK_DONE', 'TASK_LATE')"
                        + " AND {where} GROUP BY team, agent, figure",
                rs -> {
                    int column = "TASK_DONE".equals(rs.getString("figure")) ? 0 : 1;
                    long n = rs.getLong("n");
                    teams.count(rs.getString("team"), null, column, n);
                    agents.count(rs.getString("team"), rs.getString("agent"), column, n);
                });
        sum(
                filter,
                Rollup.TEAM,
                "SELECT team, agent, {tenths} AS tenths, {n} AS n FROM {times} WHERE figure = 'TASK_DONE' AND {where}"
                        + " GROUP BY team, agent, {tenths}",
                rs -> {
                    long tenths = rs.getLong("tenths");
                    long n = rs.getLong("n");
                    teams.time(rs.getString("team"), null, tenths, n);
                    agents.time(rs.getString("team"), rs.getString("agent"), tenths, n);
                });
        return new Handling(teams.rows(), agents.rows());
    }

    /** Tasks done and late, and the handling times, per team or per agent ({@code agent} null for a team's row). */
    private static final class HandlingTally {
        record Who(String team, String agent) {}

        private final Map<Who, long[]> counts = new TreeMap<>(
                java.util.Comparator.comparing(Who::team).thenComparing(w -> w.agent() == null ? "" : w.agent()));
        private final Map<Who, SortedMap<Long, Long>> times = new LinkedHashMap<>();

        void count(String team, String agent, int column, long n) {
            counts.computeIfAbsent(new Who(team, agent), w -> new long[2])[column] += n;
        }

        void time(String team, String agent, long tenths, long n) {
            times.computeIfAbsent(new Who(team, agent), w -> new TreeMap<>()).merge(tenths, n, Long::sum);
        }

        List<HandlingRow> rows() {
            List<HandlingRow> rows = new ArrayList<>();
            // an agent who worked only on the days subtracted has nothing left
            counts.entrySet().removeIf(e -> e.getValue()[0] == 0 && e.getValue()[1] == 0);
            counts.forEach((who, c) -> rows.add(new HandlingRow(
                    who.team(),
                    who.agent(),
                    c[0],
                    Percentiles.of(times.getOrDefault(who, new TreeMap<>()), 50),
                    c[1])));
            return rows;
        }
    }

    /**
     * Runs a period's query on the monthly roll-up for its months and on the daily tables for its other days, and
     * subtracts the months' days outside the period (ADR 0201, {@link Rollup#split}); the caller adds up the rows. A
     * template names the tables {@code {figures}} and {@code {times}}, the sums {@code {n}} and {@code {amount}} and the
     * duration {@code {tenths}}: negative sums and durations rounded as in the roll-up for the days subtracted.
     */
    private void sum(DashboardFilter filter, int grouped, String sql, RowCallbackHandler rows) {
        var split = Rollup.split(filter.from(), filter.to());
        if (!split.days().isEmpty()) {
            run(sql, Part.DAYS, Where.days(filter, split.days()), rows);
        }
        if (split.months() != null) {
            run(sql, Part.MONTHS, Where.months(filter, grouped, split.months()), rows);
        }
        if (!split.outside().isEmpty()) {
            run(sql, Part.OUTSIDE, Where.days(filter, split.outside()), rows);
        }
    }

    /** The three parts of a period's reading: its tables, its sign and its durations' rounding. */
    private enum Part {
        DAYS("dashboard_figure", "dashboard_duration", "", "tenths"),
        MONTHS("dashboard_rollup", "dashboard_rollup_time", "", "tenths"),
        OUTSIDE("dashboard_figure", "dashboard_duration", "-", Rollup.BUCKET_SQL);

        final String figures;
        final String times;
        final String sign;
        final String tenths;

        Part(String figures, String times, String sign, String tenths) {
            this.figures = figures;
            this.times = times;
            this.sign = sign;
            this.tenths = tenths;
        }
    }

    private void run(String sql, Part part, Where where, RowCallbackHandler rows) {
        jdbc.query(
                sql.replace("{figures}", part.figures)
                        .replace("{times}", part.times)
                        .replace("{n}", part.sign + "SUM(n)")
                        .replace("{amount}", part.sign + "SUM(amount)")
                        .replace("{tenths}", part.tenths)
                        .replace("{where}", where.sql),
                rows,
                where.array());
    }

    private Backlog backlog(DashboardFilter filter) {
        LocalDate today = today();
        List<Object> args = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        for (int limit : AGE_LIMITS) {
            sums.append(", SUM(CASE WHEN submitted_at < ? THEN 1 ELSE 0 END) AS older")
                    .append(limit);
            args.add(Utc.of(olderThan(today, limit)));
        }
        var where = Where.dimensions(filter);
        args.addAll(where.args);
        List<QueueRow> queues = new ArrayList<>();
        long[] byAge = new long[AGE_LIMITS.length + 1];
        jdbc.query(
                "SELECT team, COUNT(*) AS total" + sums + " FROM dashboard_claim WHERE is_open = TRUE" + where.sql
                        + " GROUP BY team ORDER BY team",
                rs -> {
                    long total = rs.getLong("total");
                    long[] older = new long[AGE_LIMITS.length];
                    for (int i = 0; i < AGE_LIMITS.length; i++) {
                        older[i] = rs.getLong("older" + AGE_LIMITS[i]);
                    }
                    List<Long> buckets = new ArrayList<>();
                    buckets.add(total - older[0]);
                    for (int i = 0; i < older.length; i++) {
                        buckets.add(older[i] - (i + 1 < older.length ? older[i + 1] : 0));
                    }
                    for (int i = 0; i < buckets.size(); i++) {
                        byAge[i] += buckets.get(i);
                    }
                    queues.add(new QueueRow(rs.getString("team"), total, List.copyOf(buckets)));
                },
                args.toArray());
        List<Long> ages = new ArrayList<>();
        for (long n : byAge) {
            ages.add(n);
        }
        long total = queues.stream().mapToLong(QueueRow::total).sum();
        return new Backlog(total, AGE_LABELS, ages, queues);
    }

    /** The first instant of a local day of the team's calendar. */
    Instant startOf(LocalDate day) {
        return day.atStartOfDay(calendar.zone()).toInstant();
    }

    /** Claims submitted before this instant are at least {@code workingDays} working days old today. */
    Instant olderThan(LocalDate today, int workingDays) {
        LocalDate day = today;
        while (calendar.workingDaysBetween(day, today) < workingDays) {
            day = day.minusDays(1);
        }
        // submitted on `day` or earlier: working days after it up to today >= workingDays
        return day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    private long dueToday(DashboardFilter filter) {
        Instant now = clock.instant();
        Instant endOfToday = calendar.endOf(today());
        var where = Where.dimensions(filter);
        List<Object> args = new ArrayList<>(List.of(Utc.of(now), Utc.of(endOfToday)));
        args.addAll(where.args);
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM dashboard_claim WHERE is_open = TRUE AND response_due_at >= ?"
                        + " AND response_due_at <= ?" + where.sql,
                Long.class,
                args.toArray());
    }

    /** A WHERE clause and its arguments. */
    record Where(String sql, List<Object> args) {

        /** The daily rows of these days (one or two spans) with the filter's dimensions. */
        static Where days(DashboardFilter filter, List<Rollup.Span> spans) {
            var each = new StringJoiner(" OR ", "(", ")");
            List<Object> args = new ArrayList<>();
            for (Rollup.Span span : spans) {
                each.add("day BETWEEN ? AND ?");
                args.add(span.from());
                args.add(span.to());
            }
            var dims = dimensions(filter);
            args.addAll(dims.args);
            return new Where(each + dims.sql, args);
        }

        /**
         * The monthly roll-up's rows (V199) of these months in the combination of the filter's dimensions and {@code
         * grouped} (the {@link Rollup} bits of the dimensions the query groups by).
         */
        static Where months(DashboardFilter filter, int grouped, Rollup.Span months) {
            List<Object> values = values(filter);
            int mask = grouped;
            for (int i = 0; i < values.size(); i++) {
                mask |= values.get(i) == null ? 0 : 1 << i;
            }
            StringBuilder sql = new StringBuilder("mask = ?");
            List<Object> args = new ArrayList<>(List.of(mask));
            for (int i = 0; i < values.size(); i++) {
                String column = Rollup.DIMENSIONS.get(i);
                if (values.get(i) != null) {
                    sql.append(" AND ").append(column).append(" = ?");
                    args.add(values.get(i));
                } else if ((grouped & 1 << i) == 0) {
                    sql.append(" AND ")
                            .append(column)
                            .append(" = '")
                            .append(Rollup.ALL)
                            .append("'");
                }
            }
            sql.append(" AND month BETWEEN ? AND ?");
            args.add(months.from());
            args.add(months.to());
            return new Where(sql.toString(), args);
        }

        /** " AND process = ? ..." for every filter set. */
        static Where dimensions(DashboardFilter filter) {
            StringBuilder sql = new StringBuilder();
            List<Object> args = new ArrayList<>();
            List<Object> values = values(filter);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    sql.append(" AND ").append(Rollup.DIMENSIONS.get(i)).append(" = ?");
                    args.add(values.get(i));
                }
            }
            return new Where(sql.toString(), args);
        }

        /** The filter's process, category, country and team (null where not set), in {@link Rollup#DIMENSIONS} order. */
        private static List<Object> values(DashboardFilter filter) {
            return Arrays.asList(
                    filter.process(),
                    filter.category() == null ? null : filter.category().name(),
                    filter.country(),
                    filter.team());
        }

        Object[] array() {
            return args.toArray();
        }
    }
}
