package dev.claimdesk.tasks;

import java.util.Map;

/** Why a task action was refused; {@code fieldErrors} are the form's messages per field when validation failed. */
public class TaskProblem extends RuntimeException {

    public enum Kind {
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT,
        INVALID
    }

    private final Kind kind;
    private final Map<String, String> fieldErrors;

    public TaskProblem(Kind kind, String message) {
        this(kind, message, Map.of());
    }

    public TaskProblem(Kind kind, String message, Map<String, String> fieldErrors) {
        super(message);
        this.kind = kind;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Kind kind() {
        return kind;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
