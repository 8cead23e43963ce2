package dev.claimdesk.forms;

import java.util.List;
import java.util.Optional;

/** One Camunda form: its id (the file's "id", which task definitions refer to) and its components in order. */
public record FormDefinition(String id, List<FormField> fields) {

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> key.equals(f.key())).findFirst();
    }

    /** The fields that carry a value (text/markdown components only display). */
    public List<FormField> inputFields() {
        return fields.stream().filter(FormField::isInput).toList();
    }
}
