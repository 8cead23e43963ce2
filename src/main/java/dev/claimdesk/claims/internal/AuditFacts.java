package dev.claimdesk.claims.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A step's facts in the audit row: one {@code key=value} per line, values URL-encoded (portable text, no JSON). */
final class AuditFacts {

    private AuditFacts() {}

    static String encode(Map<String, String> facts) {
        if (facts == null || facts.isEmpty()) {
            return null;
        }
        var text = new StringBuilder();
        new TreeMap<>(facts).forEach((key, value) -> {
            if (value != null) {
                text.append(key)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .append('\n');
            }
        });
        return text.isEmpty() ? null : text.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (text == null) {
            return facts;
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(line.substring(0, eq), URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return facts;
    }
}
