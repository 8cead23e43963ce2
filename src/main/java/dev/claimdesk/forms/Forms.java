package dev.claimdesk.forms;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The forms in forms/, by id. */
public interface Forms {

    Optional<FormDefinition> find(String formId);

    /**
     * Checks raw submitted data (each value a String, or a List of Strings for checklists) against the form's
     * constraints. Keys the form does not declare are ignored: a request cannot set arbitrary process variables.
     *
     * @param context the task's variables: FEEL expressions (hide conditions, a money field's currency) see them
     *     beneath the submitted values, as in Tasklist
     */
    FormValidation validate(String formId, Map<String, List<String>> submitted, Map<String, Object> context);

    /** The currency a money field is in for this task (ISO 4217), or empty when the field is not money or it is unknown. */
    Optional<Currency> currency(FormField field, Map<String, Object> context);
}
