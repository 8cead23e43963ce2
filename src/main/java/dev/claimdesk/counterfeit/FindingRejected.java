package dev.claimdesk.counterfeit;

import java.util.Map;

/** A finding that cannot be recorded as given: each wrong or missing field with what is wrong with it. */
public class FindingRejected extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public FindingRejected(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
