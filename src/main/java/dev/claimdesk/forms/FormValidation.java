package dev.claimdesk.forms;

import java.util.Map;

/**
 * The outcome of checking submitted form data: the typed values to hand to the process (numbers as numbers,
 * checkboxes as booleans, checklists as lists), or a message per field that is wrong.
 */
public record FormValidation(Map<String, Object> values, Map<String, String> errors) {

    public boolean isValid() {
        return errors.isEmpty();
    }
}
