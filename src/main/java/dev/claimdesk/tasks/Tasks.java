package dev.claimdesk.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The task list's backend. Every method checks that the worker may see or act on the task. */
public interface Tasks {

    /** The job type of job-based BPMN user tasks. */
    String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";

    List<TaskView> list(TaskQuery query, Worker worker);

    TaskView get(long taskKey, Worker worker);

    Optional<TaskView> openTaskOf(String claimReference);

    /**
     * Whether the worker may see the claim's work (its page, its mail): one of its tasks is or was in their teams, or
     * theirs. Supervisors see every claim.
     */
    boolean mayView(String claimReference, Worker worker);

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
