package dev.claimdesk.dashboard.internal;

import dev.claimdesk.platform.Csv;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables as CSV, written straight to the response: the claims behind the figures are streamed from the
 * database row by row (the driver's streaming result set), so an export of any size runs in constant memory.
 */
@Component
public class CsvExport {

    /** The exports, by the name in their URL ({@code /dashboard/export/<name>.csv}). */
    public enum Table {
        DAYS,
        BACKLOG,
        HANDLING,
        ACTIONS,
        INCIDENTS,
        CLAIMS;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final JdbcTemplate streaming;
    private final DashboardQuery query;

    CsvExport(DataSource dataSource, DashboardQuery query) {
        this.streaming = new JdbcTemplate(dataSource);
        // MySQL Connector/J streams a result set row by row with this fetch size instead of reading it whole
        this.streaming.setFetchSize(Integer.MIN_VALUE);
        this.query = query;
    }

    public void write(Table table, DashboardFilter filter, Writer out) {
        Csv csv = new Csv(out);
        switch (table) {
            case CLAIMS -> claims(filter, csv);
            case DAYS -> {
                csv.row("day", "opened", "closed");
                query.load(filter).days().forEach(d -> csv.row(d.day(), d.opened(), d.closed()));
            }
            case BACKLOG -> {
                var backlog = query.load(filter).backlog();
                List<Object> head = new ArrayList<>(List.of("team", "open"));
                head.addAll(backlog.ages());
                csv.row(head.toArray());
                backlog.queues().forEach(q -> {
                    List<Object> row = new ArrayList<>(List.of(teamLabel(q.team()), q.total()));
                    row.addAll(q.byAge());
                    csv.row(row.toArray());
                });
            }
            case HANDLING -> {
                csv.row("team", "agent", "tasks done", "median handling (working hours)", "done after the deadline");
                var view = query.load(filter);
                view.teams()
                        .forEach(t ->
                                csv.row(teamLabel(t.team()), "(whole team)", t.tasksDone(), t.medianHours(), t.late()));
                view.agents()
                        .forEach(
                                a -> csv.row(teamLabel(a.team()), a.agent(), a.tasksDone(), a.medianHours(), a.late()));
            }
            case ACTIONS -> {
                csv.row("action", "currency", "count", "amount");
                var actions = query.load(filter).actions();
                csv.row("items cancelled as non-OOS", "", actions.itemsCancelled(), "");
                actions.adjustments().forEach(m -> csv.row("adjustments posted", m.currency(), m.count(), m.amount()));
                actions.penalties().forEach(m -> csv.row("penalties posted", m.currency(), m.count(), m.amount()));
            }
            case INCIDENTS -> {
                csv.row("failed at", "claim", "job type", "element", "process instance", "error");
                query.load(filter)
                        .incidents()
                        .forEach(i -> csv.row(
                                i.failedAt(),
                                i.claimReference(),
                                i.jobType(),
                                i.elementId(),
                                i.processInstanceKey(),
                                i.error()));
            }
        }
        csv.flush();
    }

    /** Every claim submitted in the period (with the filters), oldest first. */
    private void claims(DashboardFilter filter, Csv csv) {
        csv.row(
                "reference",
                "process",
                "category",
                "country",
                "team",
                "submitted at (UTC)",
                "first response at (UTC)",
                "closed at (UTC)",
                "outcome",
                "open");
        var where = DashboardQuery.Where.dimensions(filter);
        List<Object> args = new ArrayList<>(List.of(
                Utc.of(query.startOf(filter.from())),
                Utc.of(query.startOf(filter.to().plusDays(1)))));
        args.addAll(where.args());
        streaming.query(
                "SELECT reference, process, category, country, team, submitted_at, first_response_at, closed_at,"
                        + " outcome, is_open FROM dashboard_claim WHERE submitted_at >= ? AND submitted_at < ?"
                        + where.sql() + " ORDER BY submitted_at, reference",
                rs -> {
                    csv.row(
                            rs.getString("reference"),
                            rs.getString("process"),
                            rs.getString("category"),
                            rs.getString("country"),
                            teamLabel(rs.getString("team")),
                            Utc.read(rs, "submitted_at"),
                            Utc.read(rs, "first_response_at"),
                            Utc.read(rs, "closed_at"),
                            rs.getString("outcome"),
                            rs.getBoolean("is_open") ? "yes" : "no");
                },
                args.toArray());
    }

    static String teamLabel(String team) {
        return team == null || team.isEmpty() ? "not routed yet" : team;
    }
}
