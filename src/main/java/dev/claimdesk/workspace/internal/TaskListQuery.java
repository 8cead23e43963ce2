package dev.claimdesk.workspace.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.tasks.TaskQuery.Queue;
import dev.claimdesk.tasks.TaskState;
import dev.claimdesk.tasks.Worker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The task list's read model: open tasks (the tasks module's {@code user_task}) joined with their claims, filtered,
 * sorted and paged in the database. One query per page plus one count per queue; the claim is joined for a count only
 * when a filter needs it. Indexes: V40 (see docs/benchmarks/task-list.md for the numbers).
 */
@Repository
public class TaskListQuery {

    /** A page of the list and how many tasks match in all. */
    public record Page(List<TaskRow> rows, long total, int page, int pageSize) {

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }

        public long first() {
            return total == 0 ? 0 : (long) page * pageSize + 1;
        }

        public long last() {
            return (long) page * pageSize + rows.size();
        }
    }

    /** A task of a claim, open or done, for the claim view's "where it stands". */
    public record ClaimTask(
            long key,
            String name,
            TaskState state,
            String assignee,
            Instant dueAt,
            Instant createdAt,
            Instant completedAt,
            String completedBy) {}

    private record Where(String sql, MapSqlParameterSource params, boolean needsClaim) {}

    private static final String GROUP_MATCH =
            "EXISTS (SELECT 1 FROM user_task_candidate_group g WHERE g.job_key = t.job_key AND g.group_id IN (:teams))";

    private final NamedParameterJdbcTemplate jdbc;
    private final SlaClock sla;

    public TaskListQuery(NamedParameterJdbcTemplate jdbc, SlaClock sla) {
        this.jdbc = jdbc;
        this.sla = sla;
    }

    /** The queues this person has: their own tasks, their teams' unclaimed tasks, and for supervisors all tasks. */
    public static List<Queue> queuesOf(Worker worker) {
        return worker.supervisor() ? List.of(Queue.MINE, Queue.TEAM, Queue.ALL) : List.of(Queue.MINE, Queue.TEAM);
    }

    public Page find(TaskFilter filter, Worker worker) {
        return find(filter, worker, null);
    }

    /**
     * @param knownTotal the queue's count with these filters when {@link #counts} has just given it (the page then
     *     does not count twice), else null
     */
    public Page find(TaskFilter filter, Worker worker, Long knownTotal) {
        Where where = where(filter, worker, filter.queue());
        // the order of the V40 indexes, so that a page is read in order and not sorted; a task without a due date
        // sorts first (the databases sort NULL first), which the processes' work tasks never are
        String order = filter.sort() == TaskFilter.Sort.PRIORITY
                ? "t.priority DESC, t.due_at, t.job_key"
                : "t.due_at, t.priority DESC, t.job_key";
        where.params().addValue("limit", TaskFilter.PAGE_SIZE).addValue("offset", filter.page() * TaskFilter.PAGE_SIZE);
        List<TaskRow> rows = jdbc.query("""
                SELECT t.job_key, t.name, t.claim_reference, t.assignee, t.due_at, t.priority, t.created_at,
                       c.category, c.shop, c.shop_name, c.country, c.status, c.order_number
                FROM user_task t LEFT JOIN claim c ON c.reference = t.claim_reference
                WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(where.sql(), order), where.params(), this::row);
        long total = knownTotal != null ? knownTotal : count(where);
        return new Page(withGroups(rows), total, filter.page(), TaskFilter.PAGE_SIZE);
    }

    /** How many tasks each of the person's queues holds with the same filters. */
    public Map<Queue, Long> counts(TaskFilter filter, Worker worker) {
        Map<Queue, Long> counts = new EnumMap<>(Queue.class);
        for (Queue queue : queuesOf(worker)) {
            counts.put(queue, count(where(filter, worker, queue)));
        }
        return counts;
    }

    /** The teams that have open tasks, for the team filter (a loose scan of the candidate group index). */
    public List<String> teamsWithTasks() {
        return jdbc.queryForList(
                "SELECT DISTINCT group_id FROM user_task_candidate_group ORDER BY group_id", Map.of(), String.class);
    }

    /** Every task the claim's processes have had, oldest first. */
    public List<ClaimTask> tasksOf(String reference) {
        return jdbc.query(
                "SELECT job_key, name, state, assignee, due_at, created_at, completed_at, completed_by"
                        + " FROM user_task WHERE claim_reference = :ref ORDER BY created_at, job_key",
                Map.of("ref", reference),
                (rs, n) -> new ClaimTask(
                        rs.getLong("job_key"),
                        rs.getString("name"),
                        TaskState.valueOf(rs.getString("state")),
                        rs.getString("assignee"),
                        instant(rs, "due_at"),
                        instant(rs, "created_at"),
                        instant(rs, "completed_at"),
                        rs.getString("completed_by")));
    }

    private long count(Where where) {
        String from =
                where.needsClaim() ? "user_task t LEFT JOIN claim c ON c.reference = t.claim_reference" : "user_task t";
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + from + " WHERE " + where.sql(), where.params(), Long.class);
        return n == null ? 0 : n;
    }

    private Where where(TaskFilter f, Worker worker, Queue queue) {
        var sql = new StringBuilder("t.state = 'OPEN'");
        var p = new MapSqlParameterSource();
        boolean claim = false;
        switch (queue) {
            case MINE -> {
                sql.append(" AND t.assignee = :me");
                p.addValue("me", worker.username());
            }
            case TEAM -> {
                if (worker.teams().isEmpty()) {
                    sql.append(" AND 1 = 0");
                } else {
                    sql.append(" AND t.assignee IS NULL AND ").append(GROUP_MATCH);
                    p.addValue("teams", worker.teams());
                }
            }
            case ALL -> {
                if (!worker.supervisor()) {
                    sql.append(" AND 1 = 0"); // the controller never offers it; the query does not rely on that
                }
            }
        }
        if (f.team() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM user_task_candidate_group tg"
                    + " WHERE tg.job_key = t.job_key AND tg.group_id = :team)");
            p.addValue("team", f.team());
        }
        if (f.sla() != null) {
            Instant now = sla.now();
            Instant endOfToday = sla.endOf(sla.today());
            switch (f.sla()) {
                case BREACHED -> sql.append(" AND t.due_at < :now");
                case DUE_TODAY -> sql.append(" AND t.due_at >= :now AND t.due_at <= :endOfToday");
                case ON_TIME -> sql.append(" AND t.due_at > :endOfToday");
                case NONE -> sql.append(" AND t.due_at IS NULL");
            }
            p.addValue("now", utc(now)).addValue("endOfToday", utc(endOfToday));
        }
        if (f.dueFrom() != null) {
            sql.append(" AND t.due_at >= :dueFrom");
            p.addValue("dueFrom", utc(sla.startOf(f.dueFrom())));
        }
        if (f.dueTo() != null) {
            sql.append(" AND t.due_at <= :dueTo");
            p.addValue("dueTo", utc(sla.endOf(f.dueTo())));
        }
        if (f.category() != null) {
            sql.append(" AND c.category = :category");
            p.addValue("category", f.category().name());
            claim = true;
        }
        if (f.country() != null) {
            sql.append(" AND c.country = :country");
            p.addValue("country", f.country());
            claim = true;
        }
        if (f.status() != null) {
            sql.append(" AND c.status = :status");
            p.addValue("status", f.status().name());
            claim = true;
        }
        if (f.text() != null) {
            // prefixes, each answered by its own index; the union of the (few) matching claims is joined to the
            // tasks, rather than testing four LIKEs on every open task. The collation makes them case-insensitive.
            sql.append(" AND t.claim_reference IN (SELECT m.reference FROM ("
                    + "SELECT reference FROM claim WHERE reference LIKE :prefix"
                    + " UNION SELECT reference FROM claim WHERE order_number LIKE :prefix"
                    + " UNION SELECT reference FROM claim WHERE shop LIKE :prefix"
                    + " UNION SELECT reference FROM claim WHERE shop_name LIKE :prefix) m)");
            p.addValue("prefix", escapeLike(f.text()) + "%");
        }
        return new Where(sql.toString(), p, claim);
    }

    private List<TaskRow> withGroups(List<TaskRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> groups = new LinkedHashMap<>();
        jdbc.query(
                "SELECT job_key, group_id FROM user_task_candidate_group WHERE job_key IN (:keys) ORDER BY group_id",
                Map.of("keys", rows.stream().map(TaskRow::key).toList()),
                rs -> {
                    groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return rows.stream()
                .map(r -> new TaskRow(
                        r.key(),
                        r.name(),
                        r.claimReference(),
                        r.assignee(),
                        r.dueAt(),
                        r.priority(),
                        r.createdAt(),
                        List.copyOf(groups.getOrDefault(r.key(), List.of())),
                        r.category(),
                        r.shop(),
                        r.shopName(),
                        r.country(),
                        r.claimStatus(),
                        r.orderNumber(),
                        r.sla(),
                        r.remaining()))
                .toList();
    }

    private TaskRow row(ResultSet rs, int n) throws SQLException {
        Instant due = instant(rs, "due_at");
        String category = rs.getString("category");
        String status = rs.getString("status");
        return new TaskRow(
                rs.getLong("job_key"),
                rs.getString("name"),
                rs.getString("claim_reference"),
                rs.getString("assignee"),
                due,
                rs.getInt("priority"),
                instant(rs, "created_at"),
                List.of(),
                category == null ? null : ClaimCategory.valueOf(category),
                rs.getString("shop"),
                rs.getString("shop_name"),
                rs.getString("country"),
                status == null ? null : ClaimStatus.valueOf(status),
                rs.getString("order_number"),
                sla.state(due),
                sla.remaining(due));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
