package dev.claimdesk.mail;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A mail to a claim's seller, before it is rendered.
 *
 * @param claimReference the claim (its seller's registered address receives the mail)
 * @param kind which template
 * @param idempotencyKey the same key queues the mail once, however often it is queued (e.g. the job key)
 * @param values what the template needs beyond the claim, e.g. {@code question} or {@code resolution}; null values
 *     are left out
 */
public record OutgoingMail(String claimReference, MailKind kind, String idempotencyKey, Map<String, Object> values) {

    public OutgoingMail {
        Objects.requireNonNull(claimReference, "claimReference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        values = present(values);
    }

    /** The template values without the null ones (a template shows an absent value as missing, not as "null"). */
    static Map<String, Object> present(Map<String, Object> values) {
        return values == null
                ? Map.of()
                : values.entrySet().stream()
                        .filter(e -> e.getValue() != null)
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
