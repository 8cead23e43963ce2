package dev.claimdesk.forms.internal;

import dev.claimdesk.forms.FormDefinition;
import dev.claimdesk.forms.FormField;
import dev.claimdesk.forms.FormValidation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Enforces a form's declared constraints on the server; messages are written for the person filling it in. */
final class FormValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");
    /** A checkbox as browsers send it: present with "true" or "on" when ticked, absent otherwise. */
    private static final List<String> TICKED = List.of("true", "on", "yes");

    FormValidation validate(FormDefinition form, Map<String, List<String>> submitted, Map<String, Object> context) {
        Map<String, Object> variables = variables(form, submitted, context);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormField field : form.inputFields()) {
            if (Conditions.hidden(field.hideIf(), variables)) {
                continue;
            }
            String error = check(field, raw(submitted, field), values);
            if (error == null && field.isMoney() && values.containsKey(field.key())) {
                error = money(field, context, values);
            }
            if (error != null) {
                errors.put(field.key(), error);
            }
        }
        return new FormValidation(values, errors);
    }

    /** A money field's currency for this task: its expression evaluated on the task's variables. */
    static Optional<Currency> currency(FormField field, Map<String, Object> context) {
        if (!field.isMoney() || !(Conditions.value(field.currency(), context) instanceof String code)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * An amount is only as good as its currency: without a known one it is refused (it would be posted in whatever the
     * reader assumes); with one it may not have more decimals than the currency has minor units. The currency goes to
     * the process beside the amount.
     */
    private static String money(FormField field, Map<String, Object> context, Map<String, Object> values) {
        String name = field.label() == null ? field.key() : field.label();
        Optional<Currency> currency = currency(field, context);
        if (currency.isEmpty()) {
            return name + ": the shop's currency is not known for this task, so no amount can be taken.";
        }
        BigDecimal amount = new BigDecimal(values.get(field.key()).toString());
        int digits = Math.max(0, currency.get().getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            return name + ": " + currency.get().getCurrencyCode() + " amounts have "
                    + (digits == 0 ? "no decimals." : "at most " + digits + " decimals.");
        }
        values.put(field.currencyKey(), currency.get().getCurrencyCode());
        return null;
    }

    /**
     * What the expressions see: the task's variables, and over them the submitted values typed as the process would get
     * them (an unticked checklist is an empty list, an unticked checkbox false), so {@code list contains(actions, "x")}
     * works on a form where nothing is ticked.
     */
    private static Map<String, Object> variables(
            FormDefinition form, Map<String, List<String>> submitted, Map<String, Object> context) {
        Map<String, Object> variables = new HashMap<>(context);
        for (FormField field : form.inputFields()) {
            List<String> raw = raw(submitted, field);
            variables.put(
                    field.key(),
                    switch (field.type()) {
                        case "checkbox" -> !raw.isEmpty() && TICKED.contains(raw.getFirst());
                        case "checklist" -> raw;
                        case "number" -> raw.isEmpty() ? null : decimal(raw.getFirst());
                        default -> raw.isEmpty() ? null : raw.getFirst();
                    });
        }
        return variables;
    }

    private static List<String> raw(Map<String, List<String>> submitted, FormField field) {
        return submitted.getOrDefault(field.key(), List.of()).stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .toList();
    }

    private static Object decimal(String value) {
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private String check(FormField field, List<String> raw, Map<String, Object> values) {
        var c = field.constraints();
        String name = field.label() == null ? field.key() : field.label();
        if ("checkbox".equals(field.type())) {
            boolean checked = !raw.isEmpty() && TICKED.contains(raw.getFirst());
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
