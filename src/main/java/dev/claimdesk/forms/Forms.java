package dev.claimdesk.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The forms in forms/, by id. */
public interface Forms {

    Optional<FormDefinition> find(String formId);

    /**
     * Checks raw submitted data (each value a String, or a List of Strings for checklists) against the form's
     * constraints. Keys the form does not declare are ignored: a request cannot set arbitrary process variables.
     */
    FormValidation validate(String formId, Map<String, List<String>> submitted);
}
