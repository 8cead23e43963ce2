package dev.claimdesk.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The human tasks of every process: one search for every list, one rule for who may see and work what. Every method
 * that takes a worker checks that the worker may see or act on the task.
 */
public interface Tasks {

    /** The job type of job-based BPMN user tasks. */
    String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";

    /**
     * Open tasks of a queue, filtered, sorted and paged in the database, with the count of every queue the worker
     * has. Asking for all tasks without being a supervisor is refused.
     */
    TaskPage search(TaskQuery query, Worker worker, TaskPage.Request page);

    TaskView get(long taskKey, Worker worker);

    /** The subject's latest open task, whoever may work it. */
    Optional<TaskView> openTaskOf(TaskSubject subject);

    /** The claim's latest open task, whoever may work it. */
    default Optional<TaskView> openTaskOf(String claimReference) {
        return openTaskOf(TaskSubject.claim(claimReference));
    }

    /** The subject's latest open task if this worker may work it. */
    Optional<TaskView> openTaskOf(TaskSubject subject, Worker worker);

    /** Every task the subject has had, open or done, oldest first (for "where it stands"). */
    List<TaskView> historyOf(TaskSubject subject);

    /** The teams that have tasks, for a supervisor's team filter. */
    List<String> teamsWithTasks();

    /**
     * Whether the worker may see the subject's work (its page, its mail): one of its tasks is or was in their teams, or
     * theirs. Supervisors see every subject.
     */
    boolean mayView(TaskSubject subject, Worker worker);

    default boolean mayView(String claimReference, Worker worker) {
        return mayView(TaskSubject.claim(claimReference), worker);
    }

    /**
     * The rule of {@link #mayView} as a SQL condition, for another module's search over many subjects at once (the
     * claim search, ADR 0130): true where the worker may view the subject whose reference is in {@code referenceColumn}
     * (a column name of the caller's query, never user input). Binds {@code me}, {@code teams} and {@code subjectType}
     * into {@code params}.
     */
    String mayViewCondition(String subjectType, String referenceColumn, Worker worker, MapSqlParameterSource params);

    /**
     * As a SQL condition: one of the subject's tasks is or was in the team's queue. Binds {@code subjectType} and
     * {@code team}.
     */
    String inTeamCondition(String subjectType, String referenceColumn, String team, MapSqlParameterSource params);

    /** The subject's owner says where it stands now; its tasks' rows follow (the list filters on it). */
    void subjectStatus(TaskSubject subject, String status);

    TaskView claim(long taskKey, Worker worker);

    TaskView unclaim(long taskKey, Worker worker);

    /** Supervisors only. */
    TaskView assign(long taskKey, String assignee, Worker worker);

    /**
     * Validates the submitted form data against the task's form and completes the task with the typed values. The
     * completion is recorded before the engine is told, and retried until the engine confirms it: never lost, never
     * done twice.
     */
    TaskView complete(long taskKey, Map<String, List<String>> formData, Worker worker);
}
