package dev.claimdesk.mail.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds the claim a mail answers, in this order (see docs/adr/0022): the reply token in a recipient address (it cannot
 * be forged, and survives any subject); else the claim reference in the subject, accepted only when the mail answers
 * (In-Reply-To / References) one of that claim's mails. A token that does not verify is not overruled by the subject.
 */
@Component
public class ReplyMatcher {

    private static final Pattern SUBJECT_REFERENCE =
            Pattern.compile("\\[([A-Z]{3}-\\d{4}-\\d{6})]", Pattern.CASE_INSENSITIVE);

    private final ReplyTokens tokens;
    private final Recipients claims;
    private final MailStore store;

    public ReplyMatcher(ReplyTokens tokens, Recipients claims, MailStore store) {
        this.tokens = tokens;
        this.claims = claims;
        this.store = store;
    }

    public sealed interface Match {}

    public record Matched(String reference, String via) implements Match {}

    public record Unmatched(QuarantineReason reason, String detail, String suggestedReference) implements Match {}

    public Match match(InboundMail mail) {
        for (String recipient : mail.recipients()) {
            var token = tokens.read(recipient);
            if (token.isEmpty()) {
                continue;
            }
            if (token.get() instanceof ReplyTokens.Valid valid) {
                return claims.find(valid.reference()).isPresent()
                        ? new Matched(valid.reference(), "reply token")
                        : new Unmatched(QuarantineReason.UNKNOWN_REFERENCE, "token for " + valid.reference(), null);
            }
            var invalid = (ReplyTokens.Invalid) token.get();
            return new Unmatched(QuarantineReason.WRONG_TOKEN, "sent to " + recipient, suggestion(invalid.claimed()));
        }
        var subject = SUBJECT_REFERENCE.matcher(mail.subject());
        if (!subject.find()) {
            return new Unmatched(QuarantineReason.NO_CLAIM, null, null);
        }
        String reference = subject.group(1).toUpperCase(Locale.ROOT);
        if (claims.find(reference).isEmpty()) {
            return new Unmatched(QuarantineReason.UNKNOWN_REFERENCE, reference + " in the subject", null);
        }
        var ours = store.messageIds(reference);
        boolean answersOurs = mail.answeredMessageIds().stream().anyMatch(ours::contains);
        return answersOurs
                ? new Matched(reference, "subject reference and In-Reply-To")
                : new Unmatched(
                        QuarantineReason.NOT_IN_THREAD,
                        mail.answeredMessageIds().isEmpty()
                                ? "no In-Reply-To"
                                : "In-Reply-To names no mail of " + reference,
                        reference);
    }

    /** A supervisor gets the claim a (bad) token or subject names as a suggestion, if that claim exists. */
    private String suggestion(String claimed) {
        var m = SUBJECT_REFERENCE.matcher("[" + claimed + "]");
        if (!m.find()) {
            return null;
        }
        String reference = m.group(1).toUpperCase(Locale.ROOT);
        return claims.find(reference).isPresent() ? reference : null;
    }
}
