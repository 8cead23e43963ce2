package dev.claimdesk.tasks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.tasks.Reopened;
import dev.claimdesk.tasks.SubjectFacts;
import dev.claimdesk.tasks.TaskPage;
import dev.claimdesk.tasks.TaskQuery;
import dev.claimdesk.tasks.TaskQuery.Queue;
import dev.claimdesk.tasks.TaskState;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Worker;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every read of the task table: the search behind both task lists (filters in SQL, pages read in index order, see
 * V40 and V110 and docs/benchmarks/task-list.md), single tasks, a subject's tasks, and the access checks of
 * {@link TaskAccess}. The subject's facts are columns of the task row, so no other module's table is read.
 */
@Repository
class TaskSearch {

    private static final String COLUMNS = "t.job_key, t.process_instance_key, t.process_id, t.element_id, t.name,"
            + " t.subject_type, t.subject_reference, t.category, t.shop, t.shop_name, t.country, t.order_number,"
            + " t.subject_status, t.assignee, t.due_at, t.priority, t.form_id, t.state, t.created_at, t.completed_at,"
            + " t.completed_by, t.variables, t.reopened_by, t.reopened_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    TaskSearch(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param queue the queue (never null here) */
    List<TaskView> page(TaskQuery query, Queue queue, Worker worker, TaskPage.Request page) {
        var p = new MapSqlParameterSource();
        p.addValue("limit", page.size()).addValue("offset", page.number() * page.size());
        if (queue == Queue.TEAM && query.dueBoundsOnly()) {
            // each team's queue rows read in the list's order up to the page's end (V170, V197), merged, then their
            // tasks: no scan of other teams' tasks, and no sort of a whole queue
            List<String> teams = TaskAccess.eachTeamQueueRows(worker, p);
            if (teams.isEmpty()) {
                return List.of();
            }
            p.addValue("upTo", page.number() * page.size() + page.size());
            var each = new StringJoiner(" UNION ALL ");
            for (String rows : teams) {
                each.add("(SELECT g.job_key, g.due_at, g.priority FROM " + rows + dueBounds("g", query, p)
                        + " ORDER BY " + order("g", query) + " LIMIT :upTo)");
            }
            return views(
                    "SELECT " + COLUMNS + " FROM (SELECT DISTINCT u.job_key, u.due_at, u.priority FROM (" + each
                            + ") u ORDER BY " + order("u", query) + " LIMIT :limit OFFSET :offset) q"
                            + " JOIN user_task t ON t.job_key = q.job_key ORDER BY " + order("t", query),
                    p);
        }
        if (TaskAccess.empty(queue, worker)) {
            return List.of();
        }
        String where = where(query, queue, worker, p);
        return views(
                "SELECT " + COLUMNS + " FROM user_task t WHERE " + where + " ORDER BY " + order("t", query)
                        + " LIMIT :limit OFFSET :offset",
                p);
    }

    /**
     * The order of the V40 indexes (and of the queue rows' V170 index), so that a page is read in order and not
     * sorted; a task without a due date sorts first (the databases sort NULL first), which the processes' tasks never
     * are.
     */
    private static String order(String alias, TaskQuery query) {
        return query.sort() == TaskQuery.Sort.PRIORITY
                ? alias + ".priority DESC, " + alias + ".due_at, " + alias + ".job_key"
                : alias + ".due_at, " + alias + ".priority DESC, " + alias + ".job_key";
    }

    /**
     * Each of the person's queues counted up to {@code cap} + 1 tasks (ADR 0190): a count reads at most that many index
     * entries, however large the backlog; {@code cap} + 1 means "more than the cap". All counts go in one statement (one
     * round trip a page); a queue nobody is in counts 0 without asking.
     */
    Map<Queue, Long> counts(TaskQuery query, Worker worker, long cap) {
        Map<Queue, Long> counts = new EnumMap<>(Queue.class);
        var p = new MapSqlParameterSource("cap", cap + 1);
        var each = new StringJoiner(" UNION ALL ");
        for (Queue queue : worker.queues()) {
            counts.put(queue, 0L);
            if (TaskAccess.empty(queue, worker)) {
                continue;
            }
            String rows = queue == Queue.TEAM && query.dueBoundsOnly() ? TaskAccess.teamQueueRows(worker, p) : null;
            each.add("SELECT '" + queue.name() + "' AS queue, COUNT(*) AS n FROM ("
                    + (rows != null
                            ? "SELECT DISTINCT g.job_key FROM " + rows + dueBounds("g", query, p)
                            : "SELECT 1 FROM user_task t WHERE " + where(query, queue, worker, p))
                    + " LIMIT :cap) c");
        }
        if (each.length() > 0) {
            jdbc.query(each.toString(), p, rs -> {
                counts.put(Queue.valueOf(rs.getString("queue")), rs.getLong("n"));
            });
        }
        return counts;
    }

    Optional<TaskView> byKey(long key) {
        return views(
                        "SELECT " + COLUMNS + " FROM user_task t WHERE t.job_key = :key",
                        new MapSqlParameterSource("key", key))
                .stream()
                .findFirst();
    }

    boolean mayWork(long key, Worker worker) {
        var p = new MapSqlParameterSource("key", key);
        return exists("t.job_key = :key AND " + TaskAccess.mayWork(worker, p), p);
    }

    boolean mayView(TaskSubject subject, Worker worker) {
        var p = subject(subject);
        return exists(SUBJECT + " AND " + TaskAccess.mayView(worker, p), p);
    }

    /** The subject's latest open task; with a worker, only if they may work it. */
    Optional<TaskView> openTaskOf(TaskSubject subject, Worker worker) {
        var p = subject(subject);
        String access = worker == null ? "" : " AND " + TaskAccess.mayWork(worker, p);
        return views(
                        "SELECT " + COLUMNS + " FROM user_task t WHERE " + SUBJECT + " AND t.state = 'OPEN'" + access
                                + " ORDER BY t.created_at DESC, t.job_key DESC LIMIT 1",
                        p)
                .stream()
                .findFirst();
    }

    List<TaskView> historyOf(TaskSubject subject) {
        return views(
                "SELECT " + COLUMNS + " FROM user_task t WHERE " + SUBJECT + " ORDER BY t.created_at, t.job_key",
                subject(subject));
    }

    /** The teams that have tasks (a loose scan of the candidate group index). */
    List<String> teamsWithTasks() {
        return jdbc.queryForList(
                "SELECT DISTINCT group_id FROM user_task_candidate_group ORDER BY group_id", Map.of(), String.class);
    }

    /** Keeps the task's team queue rows in step with the task: queued while open and unassigned, its due time (V170). */
    void syncQueue(long key) {
        jdbc.update(
                "UPDATE user_task_candidate_group g JOIN user_task t ON t.job_key = g.job_key"
                        + " SET g.queued = (t.state = 'OPEN' AND t.assignee IS NULL), g.due_at = t.due_at,"
                        + " g.priority = t.priority WHERE g.job_key = :key",
                new MapSqlParameterSource("key", key));
    }

    int subjectStatus(TaskSubject subject, String status) {
        var p = subject(subject).addValue("status", status);
        return jdbc.update(
                "UPDATE user_task t SET t.subject_status = :status WHERE " + SUBJECT
                        + " AND (t.subject_status IS NULL OR t.subject_status <> :status)",
                p);
    }

    private static final String SUBJECT = "t.subject_reference = :ref AND t.subject_type = :type";

    private static MapSqlParameterSource subject(TaskSubject subject) {
        return new MapSqlParameterSource("ref", subject.reference()).addValue("type", subject.type());
    }

    private boolean exists(String where, MapSqlParameterSource p) {
        return !jdbc.queryForList("SELECT 1 FROM user_task t WHERE " + where + " LIMIT 1", p, Integer.class)
                .isEmpty();
    }

    private String where(TaskQuery f, Queue queue, Worker worker, MapSqlParameterSource p) {
        var sql = new StringBuilder("t.state = 'OPEN' AND ").append(TaskAccess.queue(queue, worker, p));
        if (f.subjectReference() != null) {
            sql.append(" AND t.subject_reference = :subjectReference");
            p.addValue("subjectReference", f.subjectReference());
        }
        if (f.team() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM user_task_candidate_group tg"
                    + " WHERE tg.job_key = t.job_key AND tg.group_id = :team)");
            p.addValue("team", f.team());
        }
        equal(sql, p, "t.category", "category", f.category());
        equal(sql, p, "t.country", "country", f.country());
        equal(sql, p, "t.subject_status", "status", f.status());
        equal(sql, p, "t.reopened_by", "reopenedBy", f.reopenedBy());
        sql.append(dueBounds("t", f, p));
        if (f.withoutDue()) {
            sql.append(" AND t.due_at IS NULL");
        }
        if (f.text() != null) {
            // prefixes, each answered by its own index (V110); the union of the (few) matching tasks is joined to the
            // queue, rather than testing four LIKEs on every open task. The collation makes them case-insensitive.
            sql.append(" AND t.job_key IN (SELECT m.job_key FROM ("
                    + "SELECT job_key FROM user_task WHERE subject_reference LIKE :prefix"
                    + " UNION SELECT job_key FROM user_task WHERE order_number LIKE :prefix"
                    + " UNION SELECT job_key FROM user_task WHERE shop LIKE :prefix"
                    + " UNION SELECT job_key FROM user_task WHERE shop_name LIKE :prefix) m)");
            p.addValue("prefix", escapeLike(f.text()) + "%");
        }
        return sql.toString();
    }

    private static void equal(StringBuilder sql, MapSqlParameterSource p, String column, String name, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = :").append(name);
            p.addValue(name, value);
        }
    }

    /** The query's due-time bounds on {@code alias.due_at}, each starting with " AND ". */
    private static String dueBounds(String alias, TaskQuery f, MapSqlParameterSource p) {
        var sql = new StringBuilder();
        bound(sql, p, alias + ".due_at >= :dueFrom", "dueFrom", f.dueFrom());
        bound(sql, p, alias + ".due_at <= :dueTo", "dueTo", f.dueTo());
        bound(sql, p, alias + ".due_at > :dueAfter", "dueAfter", f.dueAfter());
        bound(sql, p, alias + ".due_at < :dueBefore", "dueBefore", f.dueBefore());
        return sql.toString();
    }

    private static void bound(StringBuilder sql, MapSqlParameterSource p, String condition, String name, Instant at) {
        if (at != null) {
            sql.append(" AND ").append(condition);
            p.addValue(name, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The rows with their candidate groups, read in one more query for the whole page. */
    private List<TaskView> views(String sql, MapSqlParameterSource params) {
        List<TaskView> rows = jdbc.query(sql, params, this::row);
        if (!rows.isEmpty()) {
            Map<Long, Set<String>> groups = new HashMap<>();
            rows.forEach(r -> groups.put(r.key(), r.candidateGroups()));
            jdbc.query(
                    "SELECT job_key, group_id FROM user_task_candidate_group WHERE job_key IN (:keys)",
                    Map.of("keys", groups.keySet()),
                    rs -> {
                        groups.get(rs.getLong(1)).add(rs.getString(2));
                    });
        }
        return rows;
    }

    private TaskView row(ResultSet rs, int n) throws SQLException {
        String subjectType = rs.getString("subject_type");
        return new TaskView(
                rs.getLong("job_key"),
                rs.getString("name"),
                rs.getString("process_id"),
                rs.getString("element_id"),
                rs.getLong("process_instance_key"),
                subjectType == null ? null : new TaskSubject(subjectType, rs.getString("subject_reference")),
                new SubjectFacts(
                        rs.getString("category"),
                        rs.getString("shop"),
                        rs.getString("shop_name"),
                        rs.getString("country"),
                        rs.getString("order_number"),
                        rs.getString("subject_status")),
                new TreeSet<>(), // filled by views()
                rs.getString("assignee"),
                instant(rs, "due_at"),
                rs.getInt("priority"),
                rs.getString("form_id"),
                TaskState.valueOf(rs.getString("state")),
                instant(rs, "created_at"),
                instant(rs, "completed_at"),
                rs.getString("completed_by"),
                read(rs.getString("variables")),
                reopened(rs));
    }

    private static Reopened reopened(ResultSet rs) throws SQLException {
        String reason = rs.getString("reopened_by");
        return reason == null ? null : new Reopened(reason, instant(rs, "reopened_at"));
    }

    Map<String, Object> read(String value) {
        if (value == null) {
            return Map.of();
        }
        try {
            return json.readValue(value, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
