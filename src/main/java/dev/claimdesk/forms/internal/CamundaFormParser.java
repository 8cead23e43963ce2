package dev.claimdesk.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.forms.FormDefinition;
import dev.claimdesk.forms.FormField;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads the Camunda Forms JSON schema (the subset the back office supports; groups are flattened). */
final class CamundaFormParser {

    private final ObjectMapper json;

    CamundaFormParser(ObjectMapper json) {
        this.json = json;
    }

    FormDefinition parse(InputStream in) throws IOException {
        JsonNode root = json.readTree(in);
        String id = text(root, "id");
        if (id == null) {
            throw new IOException("a form needs an \"id\"");
        }
        List<FormField> fields = new ArrayList<>();
        collect(root.path("components"), fields);
        return new FormDefinition(id, List.copyOf(fields));
    }

    private void collect(JsonNode components, List<FormField> into) {
        for (JsonNode c : components) {
            if (c.has("components")) { // group: its children belong to the same form
                collect(c.path("components"), into);
                continue;
            }
            into.add(field(c));
        }
    }

    private FormField field(JsonNode c) {
        JsonNode v = c.path("validate");
        var constraints = new FormField.Constraints(
                v.path("required").asBoolean(false),
                integer(v, "minLength"),
                integer(v, "maxLength"),
                decimal(v, "min"),
                decimal(v, "max"),
                text(v, "pattern"),
                text(v, "validationType"));
        List<FormField.Option> options = new ArrayList<>();
        for (JsonNode o : c.path("values")) {
            options.add(new FormField.Option(
                    o.path("value").asText(),
                    o.path("label").asText(o.path("value").asText())));
        }
        Object defaultValue = c.has("defaultValue") ? json.convertValue(c.get("defaultValue"), Object.class) : null;
        return new FormField(
                text(c, "type"),
                text(c, "key"),
                text(c, "label"),
                text(c, "description"),
                text(c, "text"),
                List.copyOf(options),
                constraints,
                defaultValue,
                "date".equals(text(c, "subtype")),
                text(c.path("conditional"), "hide"),
                text(c.path("properties"), "currency"));
    }

    private static String text(JsonNode node, String name) {
        JsonNode n = node.get(name);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode n = node.get(name);
        return n == null || !n.canConvertToInt() ? null : n.asInt();
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        JsonNode n = node.get(name);
        return n == null || !n.isNumber() ? null : n.decimalValue();
    }
}
