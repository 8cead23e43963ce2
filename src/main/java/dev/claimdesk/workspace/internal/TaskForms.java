package dev.claimdesk.workspace.internal;

import dev.claimdesk.forms.FormDefinition;
import dev.claimdesk.forms.FormField;
import dev.claimdesk.forms.Forms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Renders the Camunda Forms of forms/ (the files Camunda Tasklist would use) for the task pages. The server checks
 * every constraint again when the form is submitted ({@code Tasks.complete}); the HTML attributes only spare the
 * agent a round trip.
 */
@Component
public class TaskForms {

    private final Forms forms;

    public TaskForms(Forms forms) {
        this.forms = forms;
    }

    /**
     * @param submitted what the agent entered (after a refused submission), or empty for a fresh form (defaults)
     * @param errors the server's message per field key
     * @param variables the task's variables: a money field shows the currency they name
     */
    public Optional<RenderedForm> render(
            String formId,
            Map<String, List<String>> submitted,
            Map<String, String> errors,
            Map<String, Object> variables) {
        if (formId == null) {
            return Optional.empty();
        }
        return forms.find(formId).map(form -> render(form, submitted, errors, f -> forms.currency(f, variables)));
    }

    static RenderedForm render(
            FormDefinition form,
            Map<String, List<String>> submitted,
            Map<String, String> errors,
            Function<FormField, Optional<Currency>> currencies) {
        boolean fresh = submitted.isEmpty();
        List<RenderedForm.Field> fields = new ArrayList<>();
        int index = 0;
        for (FormField f : form.fields()) {
            index++;
            if ("text".equals(f.type())) {
                fields.add(new RenderedForm.Field(
                        "text",
                        null,
                        "form-text-" + index,
                        null,
                        null,
                        SafeMarkdown.toHtml(f.text()),
                        List.of(),
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        f.hideIf(),
                        null));
                continue;
            }
            if (!f.isInput()) {
                continue; // a component type the back office does not support is left out, as Tasklist would not
            }
            List<String> values = fresh ? defaults(f) : submitted.getOrDefault(f.key(), List.of());
            String value = values.isEmpty() ? null : values.getFirst();
            var c = f.constraints();
            String id = "field-" + f.key();
            List<RenderedForm.Option> options = new ArrayList<>();
            for (int i = 0; i < f.options().size(); i++) {
                var o = f.options().get(i);
                options.add(new RenderedForm.Option(id + "-" + i, o.value(), o.label(), values.contains(o.value())));
            }
            Optional<Currency> currency = currencies.apply(f);
            String label = f.label() == null ? f.key() : f.label();
            fields.add(new RenderedForm.Field(
                    f.type(),
                    f.key(),
                    id,
                    f.isMoney()
                            ? label + " ("
                                    + currency.map(Currency::getCurrencyCode).orElse("currency unknown") + ")"
                            : label,
                    f.description(),
                    null,
                    List.copyOf(options),
                    c.required(),
                    inputType(f),
                    c.minLength(),
                    c.maxLength(),
                    plain(c.min()),
                    plain(c.max()),
                    c.pattern(),
                    value,
                    "checkbox".equals(f.type())
                            && value != null
                            && List.of("true", "on", "yes").contains(value),
                    errors.get(f.key()),
                    f.hideIf(),
                    step(f, currency)));
        }
        return new RenderedForm(form.id(), List.copyOf(fields), !errors.isEmpty());
    }

    private static String inputType(FormField f) {
        return switch (f.type()) {
            case "number" -> "number";
            case "datetime" -> "date"; // the server takes dates (YYYY-MM-DD) only
            case "textfield" ->
                switch (String.valueOf(f.constraints().validationType())) {
                    case "email" -> "email";
                    case "phone" -> "tel";
                    default -> "text";
                };
            default -> null;
        };
    }

    /** A money field steps by its currency's minor unit (0.01 for KES and NGN); other numbers take any value. */
    private static String step(FormField f, Optional<Currency> currency) {
        if (!"number".equals(f.type())) {
            return null;
        }
        int digits = currency.map(Currency::getDefaultFractionDigits).orElse(-1);
        return digits < 0 ? "any" : BigDecimal.ONE.movePointLeft(digits).toPlainString();
    }

    private static List<String> defaults(FormField f) {
        Object d = f.defaultValue();
        if (d == null) {
            return List.of();
        }
        if (d instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(d));
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }
}
