package dev.claimdesk.counterfeit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A finding that cannot be recorded as given: each wrong or missing field with what is wrong with it. */
public class FindingRejected extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public FindingRejected(String message, Map<String, String> fieldErrors) {
        super(message);
        // in the order the fields were checked: the form's and the API's errors follow the form
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
