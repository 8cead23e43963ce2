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
 * The dashboard's tables (V100, V199): one row per claim with what later events need, and the roll-up of figures and
 * duration samples the page sums over a period ({@link Rollup}). Counts are added with upserts, so a day's and a
 * month's rows grow as events come in.
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
            List.of("mask", "process", "category", "country", "team", "grain", "day", "figure", "agent", "currency");

    private final JdbcTemplate jdbc;
    private final BulkInsert figures;
    private final BulkInsert durations;
    private final BulkInsert claims;

    DashboardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.figures = new BulkInsert(
                jdbc,
                "dashboard_rollup",
                concat(KEY_COLUMNS, "n", "amount"),
                "ON DUPLICATE KEY UPDATE n = n + VALUES(n), amount = amount + VALUES(amount)");
        this.durations = new BulkInsert(
                jdbc,
                "dashboard_rollup_time",
                concat(KEY_COLUMNS, "tenths", "n"),
                "ON DUPLICATE KEY UPDATE n = n + VALUES(n)");
        this.claims = new BulkInsert(jdbc, "dashboard_claim", CLAIM_COLUMNS, "");
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

    void addCounts(Map<Rollup.Cell, Tally> counts) {
        figures.insert(counts.entrySet().stream()
                // a claim opened and routed in one go moves its "opened" between teams: nothing left to add
                .filter(e -> e.getValue().n != 0 || e.getValue().amount.signum() != 0)
                .map(e -> withKey(e.getKey(), e.getValue().n, e.getValue().amount))
                .iterator());
    }

    void addDurations(Map<DurationKey, long[]> samples) {
        durations.insert(samples.entrySet().stream()
                .map(e -> withKey(e.getKey().cell(), e.getKey().tenths(), e.getValue()[0]))
                .iterator());
    }

    /** A running count (and sum of amounts) of one figure's key. */
    static final class Tally {
        long n;
        BigDecimal amount = BigDecimal.ZERO;

        void add(long more, BigDecimal money) {
            n += more;
            if (money != null) {
                amount = amount.add(money);
            }
        }
    }

    /** A duration sample's row: the roll-up cell and the duration in tenths of a working hour, bucketed. */
    record DurationKey(Rollup.Cell cell, long tenths) {}

    private static Object[] withKey(Rollup.Cell k, Object... more) {
        Object[] row = new Object[KEY_COLUMNS.size() + more.length];
        row[0] = k.mask();
        row[1] = k.process();
        row[2] = k.category();
        row[3] = k.country();
        row[4] = k.team();
        row[5] = k.grain().name();
        row[6] = k.day();
        row[7] = k.figure().name();
        row[8] = k.agent();
        row[9] = k.currency();
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
