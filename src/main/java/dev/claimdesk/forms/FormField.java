package dev.claimdesk.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * A form component. Supported types: textfield, textarea, number, select, radio, checkbox, checklist, datetime
 * (date subtype), text (markdown shown to the user).
 *
 * @param text markdown of a "text" component
 * @param dateOnly for datetime: only a date is asked for
 * @param hideIf the component's FEEL "conditional.hide" expression; a hidden field is neither shown nor validated
 * @param currency for a number that is money: the custom property {@code currency}, a FEEL expression (e.g.
 *     {@code =currency}) naming the ISO 4217 code the amount is in; null for a plain number
 */
public record FormField(
        String type,
        String key,
        String label,
        String description,
        String text,
        List<Option> options,
        Constraints constraints,
        Object defaultValue,
        boolean dateOnly,
        String hideIf,
        String currency) {

    public static final List<String> INPUT_TYPES =
            List.of("textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "datetime");

    public boolean isInput() {
        return key != null && INPUT_TYPES.contains(type);
    }

    public boolean isMoney() {
        return "number".equals(type) && currency != null;
    }

    /** The variable a money field's currency is handed to the process in, beside the amount. */
    public String currencyKey() {
        return key + "Currency";
    }

    public record Option(String value, String label) {}

    /** Nulls mean "no such constraint". */
    public record Constraints(
            boolean required,
            Integer minLength,
            Integer maxLength,
            BigDecimal min,
            BigDecimal max,
            String pattern,
            String validationType) {

        public static final Constraints NONE = new Constraints(false, null, null, null, null, null, null);
    }
}
