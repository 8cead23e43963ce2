package dev.claimdesk.forms.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The FEEL subset the back office evaluates for "conditional.hide": comparisons of a field with a string literal,
 * {@code =outcome != "reject"}, or of a checkbox with a boolean, {@code =appealed != true}, joined by {@code and} /
 * {@code or}. Anything else counts as "not hidden", so an
 * unsupported expression never hides (and so never skips the validation of) a field.
 */
final class Conditions {

    private static final Pattern COMPARISON =
            Pattern.compile("^\\s*(\\w+)\\s*(=|!=)\\s*(?:\"([^\"]*)\"|(true|false))\\s*$");

    private Conditions() {}

    static boolean hidden(String expression, Map<String, List<String>> values) {
        if (expression == null || !expression.strip().startsWith("=")) {
            return false;
        }
        String body = expression.strip().substring(1);
        for (String alternative : body.split("\\s+or\\s+")) {
            boolean all = true;
            for (String part : alternative.split("\\s+and\\s+")) {
                Boolean result = compare(part, values);
                if (result == null) {
                    return false;
                }
                all &= result;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static Boolean compare(String part, Map<String, List<String>> values) {
        var m = COMPARISON.matcher(part);
        if (!m.matches()) {
            return null;
        }
        List<String> actual = values.getOrDefault(m.group(1), List.of());
        boolean equal = m.group(4) != null
                ? checked(actual) == Boolean.parseBoolean(m.group(4))
                : actual.size() == 1 && actual.getFirst().strip().equals(m.group(3));
        return m.group(2).equals("=") == equal;
    }

    /** A checkbox as browsers send it: present with "true" or "on" when ticked, absent otherwise. */
    private static boolean checked(List<String> values) {
        return values.size() == 1
                && List.of("true", "on", "yes").contains(values.getFirst().strip());
    }
}
