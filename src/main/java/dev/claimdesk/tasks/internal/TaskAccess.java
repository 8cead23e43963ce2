package dev.claimdesk.tasks.internal;

import dev.claimdesk.tasks.TaskQuery.Queue;
import dev.claimdesk.tasks.Worker;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The one rule of who sees which task, as SQL conditions on {@code user_task t}: the queues, "may work" (single task
 * pages and actions) and "may view" (a subject's page and mail). Every check of the module goes through here.
 */
final class TaskAccess {

    private static final String IN_MY_TEAMS = "EXISTS (SELECT 1 FROM user_task_candidate_group g"
            + " WHERE g.job_key = t.job_key AND g.group_id IN (:teams))";

    // the team queues' own rows (V170), probed by primary key for each task the page reads in index order: written as
    // a scalar subquery because the databases turn an EXISTS into a semi-join that first collects the whole queue
    private static final String QUEUED_IN_MY_TEAMS = "(SELECT 1 FROM user_task_candidate_group g"
            + " WHERE g.job_key = t.job_key AND g.group_id IN (:teams) AND g.queued = TRUE LIMIT 1) IS NOT NULL";

    private TaskAccess() {}

    /** Tasks of the queue: mine (assigned to me), my teams' unassigned ones, or all of them (supervisors only). */
    static String queue(Queue queue, Worker worker, MapSqlParameterSource p) {
        bind(worker, p);
        return switch (queue) {
            case MINE -> "t.assignee = :me";
            case TEAM -> worker.teams().isEmpty() ? "1 = 0" : "t.assignee IS NULL AND " + QUEUED_IN_MY_TEAMS;
            case ALL -> worker.supervisor() ? "1 = 1" : "1 = 0";
        };
    }

    /** A queue the person has no task in, whatever the tasks: an agent's "all", "team" for a person without teams. */
    static boolean empty(Queue queue, Worker worker) {
        return queue == Queue.TEAM ? worker.teams().isEmpty() : queue == Queue.ALL && !worker.supervisor();
    }

    /**
     * The team queue's own rows {@code g} (V170: open, unassigned, with their due time and priority), for a queue
     * filtered on due time alone; null when the person has no team.
     */
    static String teamQueueRows(Worker worker, MapSqlParameterSource p) {
        bind(worker, p);
        return worker.teams().isEmpty()
                ? null
                : "user_task_candidate_group g WHERE g.group_id IN (:teams) AND g.queued = TRUE";
    }

    /**
     * One team's queue rows {@code g}, for the teams of the worker one by one ({@link #teamQueueRows} for all at once):
     * each team's rows are an index range in the list's order (V197), which a single range over several teams is not.
     */
    static List<String> eachTeamQueueRows(Worker worker, MapSqlParameterSource p) {
        bind(worker, p);
        List<String> rows = new ArrayList<>();
        for (String team : worker.teams()) {
            String name = "team" + rows.size();
            p.addValue(name, team);
            rows.add("user_task_candidate_group g WHERE g.group_id = :" + name + " AND g.queued = TRUE");
        }
        return rows;
    }

    /** A supervisor works every task; anyone else the tasks assigned to them and those of their teams. */
    static String mayWork(Worker worker, MapSqlParameterSource p) {
        if (worker.supervisor()) {
            return "1 = 1";
        }
        bind(worker, p);
        return worker.teams().isEmpty() ? "t.assignee = :me" : "(t.assignee = :me OR " + IN_MY_TEAMS + ")";
    }

    /** May work it, or completed it: what lets a person see the subject the task is about. */
    static String mayView(Worker worker, MapSqlParameterSource p) {
        String work = mayWork(worker, p);
        return worker.supervisor() ? work : "(" + work + " OR t.completed_by = :me)";
    }

    /** The subject in {@code referenceColumn} has a task this worker may view (supervisors: every subject). */
    static String subjectVisible(String subjectType, String referenceColumn, Worker worker, MapSqlParameterSource p) {
        if (worker.supervisor()) {
            return "1 = 1";
        }
        p.addValue("subjectType", subjectType);
        return "EXISTS (SELECT 1 FROM user_task t WHERE t.subject_reference = " + referenceColumn
                + " AND t.subject_type = :subjectType AND " + mayView(worker, p) + ")";
    }

    /** The subject in {@code referenceColumn} has (had) a task in the team's queue. */
    static String subjectInTeam(String subjectType, String referenceColumn, String team, MapSqlParameterSource p) {
        p.addValue("subjectType", subjectType).addValue("team", team);
        return "EXISTS (SELECT 1 FROM user_task t JOIN user_task_candidate_group g ON g.job_key = t.job_key"
                + " WHERE t.subject_reference = " + referenceColumn
                + " AND t.subject_type = :subjectType AND g.group_id = :team)";
    }

    private static void bind(Worker worker, MapSqlParameterSource p) {
        p.addValue("me", worker.username());
        if (!worker.teams().isEmpty()) {
            p.addValue("teams", worker.teams());
        }
    }
}
