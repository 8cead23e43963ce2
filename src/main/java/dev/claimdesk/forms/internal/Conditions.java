package dev.claimdesk.forms.internal;

import java.util.Map;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * A form's FEEL expressions ("conditional.hide", a money field's currency), evaluated by Camunda's own FEEL engine,
 * the one Zeebe and Tasklist use, so a form behaves here as it would there.
 */
final class Conditions {

    /** Stateless and thread-safe: one engine for every form. */
    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    private Conditions() {}

    /**
     * Whether a "conditional.hide" expression holds. As in Tasklist, only a result of {@code true} hides: an expression
     * that fails or yields anything else leaves the field shown, and so validated.
     */
    static boolean hidden(String expression, Map<String, Object> variables) {
        return Boolean.TRUE.equals(value(expression, variables));
    }

    /** A property's value: a FEEL expression when it starts with "=", else the text itself; null when it fails. */
    static Object value(String expression, Map<String, Object> variables) {
        if (expression == null || !expression.strip().startsWith("=")) {
            return expression;
        }
        var result = FEEL.evaluateExpression(expression.strip().substring(1), variables);
        return result.isSuccess() ? result.result() : null;
    }
}
