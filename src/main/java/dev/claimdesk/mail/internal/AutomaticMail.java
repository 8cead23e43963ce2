package dev.claimdesk.mail.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mail written by a machine rather than the seller: out-of-office and other auto-replies (RFC 3834 Auto-Submitted,
 * Precedence, Microsoft's X-Auto-Response-Suppress, X-Autoreply) and bounces (delivery status reports, mail from
 * MAILER-DAEMON or postmaster, an empty Return-Path). None of it counts as a reply.
 */
final class AutomaticMail {

    enum Kind {
        AUTO_REPLY,
        BOUNCE
    }

    private static final Pattern DAEMON =
            Pattern.compile("^(mailer-daemon|postmaster|mail-daemon)@.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^(automatic reply|auto[- ]?reply|out of (the )?office|autoreply|auto response)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private AutomaticMail() {}

    static Optional<Kind> classify(InboundMail mail) {
        String contentType = mail.contentType();
        String returnPath = mail.header("Return-Path");
        if (contentType.startsWith("multipart/report")
                || (mail.from() != null && DAEMON.matcher(mail.from()).matches())
                || "<>".equals(returnPath)) {
            return Optional.of(Kind.BOUNCE);
        }
        String autoSubmitted = lower(mail.header("Auto-Submitted"));
        String precedence = lower(mail.header("Precedence"));
        String suppress = lower(mail.header("X-Auto-Response-Suppress"));
        if ((autoSubmitted != null && !autoSubmitted.startsWith("no"))
                || (precedence != null && precedence.matches("(bulk|junk|list|auto_reply).*"))
                || (suppress != null && !suppress.isEmpty() && !suppress.equals("none"))
                || mail.header("X-Autoreply") != null
                || mail.header("X-Autorespond") != null
                || AUTO_SUBJECT.matcher(mail.subject()).matches()) {
            return Optional.of(Kind.AUTO_REPLY);
        }
        return Optional.empty();
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
