package dev.claimdesk.security.internal;

import java.util.Map;

/** An admin's change that is not made, with a message per form field (all of them at once). */
public class AdminRefusal extends RuntimeException {

    private final Map<String, String> errors;

    AdminRefusal(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    AdminRefusal(String field, String message) {
        this(Map.of(field, message));
    }

    /** Field name to message. */
    public Map<String, String> errors() {
        return errors;
    }
}
