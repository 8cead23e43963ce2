package dev.claimdesk.dashboard.internal;

import dev.claimdesk.platform.BulkInsert;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables (V100, V199): one row per claim with what later events need, the daily figures and duration
 * samples, and their monthly roll-up ({@link Rollup}) the page sums over a period. Counts are added with upserts, so a
 * day's and a month's rows grow as events come in.
 */
@Component
class DashboardStore {

    static final List<String> CLAIM_COLUMNS = List.of(
            "reference",
            "process",
            "category",
            "country",
            "team",
            "submitted_at",
            "first_response_at",
            "response_from",
            "response_due_at",
            "assignee",
            "assigned_at",
            "closed_at",
            "outcome",
            "is_open");

    private static final List<String> KEY_COLUMNS =
            List.of("day", "figure", "process", "category", "country", "team", "agent", "currency");

    /** The monthly roll-up's key (V199): the combination, then a figure's key dated by its month. */
    private static final List<String> CELL_COLUMNS = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("mask"), KEY_COLUMNS.stream().map(c -> c.equals("day") ? "month" : c))
            .toList();

    private final JdbcTemplate jdbc;
    private final BulkInsert figures;
    private final BulkInsert durations;
    private final BulkInsert claims;
    private final BulkInsert monthlyFigures;
    private final BulkInsert monthlyDurations;

    DashboardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.figures = adding(jdbc, "dashboard_figure", KEY_COLUMNS, "n", "amount");
        this.durations = adding(jdbc, "dashboard_duration", concat(KEY_COLUMNS, "tenths"), "n");
        this.claims = new BulkInsert(jdbc, "dashboard_claim", CLAIM_COLUMNS, "");
        this.monthlyFigures = adding(jdbc, "dashboard_rollup", CELL_COLUMNS, "n", "amount");
        this.monthlyDurations = adding(jdbc, "dashboard_rollup_time", concat(CELL_COLUMNS, "tenths"), "n");
    }

    /** Rows upserted by key: the {@code added} columns of an existing row grow by the new row's values. */
    private static BulkInsert adding(JdbcTemplate jdbc, String table, List<String> key, String... added) {
        var update = new java.util.StringJoiner(", ", "ON DUPLICATE KEY UPDATE ", "");
        for (String column : added) {
            update.add(column + " = " + column + " + VALUES(" + column + ")");
        }
        return new BulkInsert(jdbc, table, concat(key, added), update.toString());
    }

    /** The claim's row, locked until the transaction ends (two events of one claim apply one after the other). */
    Optional<TrackedClaim> lock(String reference) {
        return jdbc
                .query(
                        "SELECT * FROM dashboard_claim WHERE reference = ? FOR UPDATE",
                        (rs, i) -> {
                            var c = new TrackedClaim(rs.getString("reference"));
                            c.process = rs.getString("process");
                            c.category = rs.getString("category");
                            c.country = rs.getString("country");
                            c.team = rs.getString("team");
                            c.submittedAt = Utc.read(rs, "submitted_at");
                            c.firstResponseAt = Utc.read(rs, "first_response_at");
                            c.responseFrom = Utc.read(rs, "response_from");
                            c.responseDueAt = Utc.read(rs, "response_due_at");
                            c.assignee = rs.getString("assignee");
                            c.assignedAt = Utc.read(rs, "assigned_at");
                            c.closedAt = Utc.read(rs, "closed_at");
                            c.outcome = rs.getString("outcome");
                            c.isNew = false;
                            return c;
                        },
                        reference)
                .stream()
                .findFirst();
    }

    void save(TrackedClaim c) {
        if (c.isNew) {
            claims.insert(List.<Object[]>of(row(c)));
            c.isNew = false;
            return;
        }
        jdbc.update(
                """
                UPDATE dashboard_claim SET team = ?, first_response_at = ?, response_from = ?, response_due_at = ?,
                  assignee = ?, assigned_at = ?, closed_at = ?, outcome = ?, is_open = ? WHERE reference = ?""",
                c.team,
                Utc.of(c.firstResponseAt),
                Utc.of(c.responseFrom),
                Utc.of(c.responseDueAt),
                c.assignee,
                Utc.of(c.assignedAt),
                Utc.of(c.closedAt),
                c.outcome,
                c.open(),
                c.reference);
    }

    void insertClaims(Iterator<TrackedClaim> all) {
        claims.insert(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Object[] next() {
                return row(all.next());
            }
        });
    }

    void addCounts(Map<Projector.Key, Tally> counts, Map<Rollup.Cell, Tally> monthly) {
        figures.insert(counts.entrySet().stream()
                // a claim opened and routed in one go moves its "opened" between teams: nothing left to add
                .filter(e -> e.getValue().moves())
                .map(e -> withKey(e.getKey(), e.getValue().n, e.getValue().amount))
                .sorted(IN_KEY_ORDER)
                .iterator());
        monthlyFigures.insert(monthly.entrySet().stream()
                .filter(e -> e.getValue().moves())
                .map(e -> withCell(e.getKey(), e.getValue().n, e.getValue().amount))
                .sorted(IN_KEY_ORDER)
                .iterator());
    }

    void addDurations(Map<DurationKey, long[]> samples, Map<MonthlyDurationKey, long[]> monthly) {
        durations.insert(samples.entrySet().stream()
                .map(e -> withKey(e.getKey().key(), e.getKey().tenths(), e.getValue()[0]))
                .sorted(IN_KEY_ORDER)
                .iterator());
        monthlyDurations.insert(monthly.entrySet().stream()
                .map(e -> withCell(e.getKey().cell(), e.getKey().tenths(), e.getValue()[0]))
                .sorted(IN_KEY_ORDER)
                .iterator());
    }

    /**
     * Rows are upserted in one order everywhere: every claim of a month adds to the same few roll-up rows (the '*'
     * combinations), and two transactions (two job threads, two instances) locking them in different orders would
     * deadlock. The map a projector fills iterates in hash order, which differs between JVMs (enums hash by identity).
     */
    private static final java.util.Comparator<Object[]> IN_KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.length; i++) {
            int order = compare(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object x, Object y) {
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        if (x instanceof Comparable comparable && x.getClass() == y.getClass()) {
            return comparable.compareTo(y);
        }
        return x.toString().compareTo(y.toString());
    }

    /** A running count (and sum of amounts) of one figure's key. */
    static final class Tally {
        long n;
        BigDecimal amount = BigDecimal.ZERO;

        boolean moves() {
            return n != 0 || amount.signum() != 0;
        }

        void add(long more, BigDecimal money) {
            n += more;
            if (money != null) {
                amount = amount.add(money);
            }
        }
    }

    /** A duration sample's key: the figure's key and the duration in tenths of a working hour (6 minutes). */
    record DurationKey(Projector.Key key, long tenths) {
        static DurationKey of(Projector.Key key, long workingMinutes) {
            return new DurationKey(key, workingMinutes / 6);
        }
    }

    /** A duration sample's monthly row: the roll-up cell and the duration in tenths, to two significant figures. */
    record MonthlyDurationKey(Rollup.Cell cell, long tenths) {}

    private static Object[] withCell(Rollup.Cell c, Object... more) {
        Object[] row = new Object[1 + KEY_COLUMNS.size() + more.length];
        row[0] = c.mask();
        Object[] keyed = withKey(c.key(), more);
        System.arraycopy(keyed, 0, row, 1, keyed.length);
        return row;
    }

    private static Object[] withKey(Projector.Key k, Object... more) {
        Object[] row = new Object[KEY_COLUMNS.size() + more.length];
        row[0] = k.day();
        row[1] = k.figure().name();
        row[2] = k.process();
        row[3] = k.category();
        row[4] = k.country();
        row[5] = k.team();
        row[6] = k.agent();
        row[7] = k.currency();
        System.arraycopy(more, 0, row, KEY_COLUMNS.size(), more.length);
        return row;
    }

    private static Object[] row(TrackedClaim c) {
        return new Object[] {
            c.reference,
            c.process,
            c.category,
            c.country,
            c.team,
            Utc.of(c.submittedAt),
            Utc.of(c.firstResponseAt),
            Utc.of(c.responseFrom),
            Utc.of(c.responseDueAt),
            c.assignee,
            Utc.of(c.assignedAt),
            Utc.of(c.closedAt),
            c.outcome,
            c.open()
        };
    }

    private static List<String> concat(List<String> head, String... tail) {
        var all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
