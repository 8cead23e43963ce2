package dev.claimdesk.intake;

import java.util.List;

/**
 * A claim that cannot be accepted, with one message per wrong or missing field. {@code reason} says which HTTP answer
 * fits: the request is wrong (422), conflicts with an open claim or a reused key (409), or the order service could
 * not be asked (503: nothing was stored, try again).
 */
public class IntakeRejected extends RuntimeException {

    public enum Reason {
        INVALID,
        CONFLICT,
        FORBIDDEN,
        UNAVAILABLE
    }

    public record FieldError(String field, String message) {}

    private final Reason reason;
    private final List<FieldError> errors;

    public IntakeRejected(Reason reason, String message, List<FieldError> errors) {
        super(message);
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
