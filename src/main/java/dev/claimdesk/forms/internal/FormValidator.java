package dev.claimdesk.forms.internal;

import dev.claimdesk.forms.FormDefinition;
import dev.claimdesk.forms.FormField;
import dev.claimdesk.forms.FormValidation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Enforces a form's declared constraints on the server; messages are written for the person filling it in. */
final class FormValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

    FormValidation validate(FormDefinition form, Map<String, List<String>> submitted) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormField field : form.inputFields()) {
            if (Conditions.hidden(field.hideIf(), submitted)) {
                continue;
            }
            List<String> raw = submitted.getOrDefault(field.key(), List.of()).stream()
                    .filter(s -> s != null && !s.isBlank())
                    .map(String::strip)
                    .toList();
            String error = check(field, raw, values);
            if (error != null) {
                errors.put(field.key(), error);
            }
        }
        return new FormValidation(values, errors);
    }

    private String check(FormField field, List<String> raw, Map<String, Object> values) {
        var c = field.constraints();
        String name = field.label() == null ? field.key() : field.label();
        if ("checkbox".equals(field.type())) {
            boolean checked = !raw.isEmpty() && List.of("true", "on", "yes").contains(raw.getFirst());
            if (c.required() && !checked) {
                return name + " must be ticked.";
            }
            values.put(field.key(), checked);
            return null;
        }
        if (raw.isEmpty()) {
            return c.required() ? name + " is required." : null;
        }
        return switch (field.type()) {
            case "number" -> number(field, name, raw.getFirst(), values);
            case "select", "radio" -> option(field, name, raw.getFirst(), values);
            case "checklist" -> checklist(field, name, raw, values);
            case "datetime" -> date(field, name, raw.getFirst(), values);
            default -> text(field, name, raw.getFirst(), values);
        };
    }

    private String text(FormField field, String name, String value, Map<String, Object> values) {
        var c = field.constraints();
        if (c.minLength() != null && value.length() < c.minLength()) {
            return name + " must have at least " + c.minLength() + " characters.";
        }
        if (c.maxLength() != null && value.length() > c.maxLength()) {
            return name + " must have at most " + c.maxLength() + " characters (it has " + value.length() + ").";
        }
        if (c.pattern() != null && !matches(c.pattern(), value)) {
            return name + " does not have the expected format.";
        }
        if ("email".equals(c.validationType()) && !EMAIL.matcher(value).matches()) {
            return name + " must be an email address.";
        }
        if ("phone".equals(c.validationType()) && !PHONE.matcher(value).matches()) {
            return name + " must be a phone number.";
        }
        values.put(field.key(), value);
        return null;
    }

    private String number(FormField field, String name, String value, Map<String, Object> values) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            return name + " must be a number.";
        }
        var c = field.constraints();
        if (c.min() != null && number.compareTo(c.min()) < 0) {
            return name + " must be at least " + c.min().toPlainString() + ".";
        }
        if (c.max() != null && number.compareTo(c.max()) > 0) {
            return name + " must be at most " + c.max().toPlainString() + ".";
        }
        values.put(field.key(), number.stripTrailingZeros().scale() <= 0 ? number.longValueExact() : number);
        return null;
    }

    private String option(FormField field, String name, String value, Map<String, Object> values) {
        if (field.options().stream().noneMatch(o -> o.value().equals(value))) {
            return name + ": choose one of the offered options.";
        }
        values.put(field.key(), value);
        return null;
    }

    private String checklist(FormField field, String name, List<String> raw, Map<String, Object> values) {
        for (String value : raw) {
            if (field.options().stream().noneMatch(o -> o.value().equals(value))) {
                return name + ": choose only from the offered options.";
            }
        }
        values.put(field.key(), List.copyOf(raw));
        return null;
    }

    private String date(FormField field, String name, String value, Map<String, Object> values) {
        try {
            values.put(field.key(), LocalDate.parse(value).toString());
            return null;
        } catch (DateTimeParseException e) {
            return name + " must be a date (YYYY-MM-DD).";
        }
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return false; // a broken pattern in a form never lets a value through silently
        }
    }
}
