package dev.claimdesk.tasks;

public enum TaskState {
    /** Waiting for a person. */
    OPEN,
    /** Submitted; the engine has not confirmed the completion yet (retried until it does). */
    COMPLETING,
    COMPLETED
}
