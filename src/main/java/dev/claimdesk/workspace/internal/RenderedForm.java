package dev.claimdesk.workspace.internal;

import java.util.List;

/**
 * A Camunda form ready for the page: each component with its constraints as HTML attributes, the values to show (the
 * defaults, or what the agent entered when the server refused it) and the server's message per field.
 */
public record RenderedForm(String id, List<Field> fields, boolean hasErrors) {

    /**
     * One component.
     *
     * @param html for a "text" component: its markdown as safe HTML ({@link SafeMarkdown})
     * @param inputType the HTML input type of a textfield, number or date (text, email, tel, number, date)
     * @param min lower bound of a number, as the HTML attribute wants it (null: none)
     * @param hideIf the FEEL "conditional.hide" expression; the page's script hides the field while it holds
     * @param step a number's HTML step: the currency's minor unit for money, else "any"
     */
    public record Field(
            String type,
            String key,
            String id,
            String label,
            String description,
            String html,
            List<Option> options,
            boolean required,
            String inputType,
            Integer minLength,
            Integer maxLength,
            String min,
            String max,
            String pattern,
            String value,
            boolean checked,
            String error,
            String hideIf,
            String step) {

        public boolean invalid() {
            return error != null;
        }

        public String errorId() {
            return id + "-error";
        }
    }

    public record Option(String id, String value, String label, boolean selected) {}
}
