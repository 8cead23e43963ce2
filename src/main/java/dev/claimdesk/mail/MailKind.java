package dev.claimdesk.mail;

/**
 * The mails the platform sends to sellers, each rendered from its English templates ({@code mail-templates/<template>.txt}
 * and {@code .html}).
 */
public enum MailKind {
    CLAIM_ACKNOWLEDGEMENT("claim-acknowledgement", "We have received your claim", true),
    INFO_REQUEST("info-request", "We need more information about your claim", false),
    REMINDER("reminder", "Reminder: we are waiting for your reply", true),
    RESOLUTION("resolution", "Decision on your claim", false),
    AUTO_CLOSE_NOTICE("auto-close-notice", "Your claim has been closed", true),
    /** Answers a reply that was not written in English; that reply is not counted. */
    ENGLISH_REQUEST("english-request", "Please write to us in English", true),
    /** A product was judged counterfeit: the penalty, the documents an appeal needs and its deadline. */
    COUNTERFEIT_NOTICE("counterfeit-notice", "Counterfeit finding: penalty notice and how to appeal", false),
    COUNTERFEIT_REMINDER("counterfeit-reminder", "Reminder: your appeal deadline is close", true),
    COUNTERFEIT_DOCUMENTS_REQUEST("counterfeit-documents-request", "We need a document for your appeal", false),
    COUNTERFEIT_DECISION("counterfeit-decision", "Decision on the counterfeit finding", false);

    private final String template;
    private final String subject;
    private final boolean automatic;

    MailKind(String template, String subject, boolean automatic) {
        this.template = template;
        this.subject = subject;
        this.automatic = automatic;
    }

    public String template() {
        return template;
    }

    /** The subject after the claim's reference tag, e.g. {@code [CLM-2026-000123] We have received your claim}. */
    public String subject() {
        return subject;
    }

    /**
     * Sent by the system without a person writing it: marked {@code Auto-Submitted} (RFC 3834) so that sellers'
     * auto-responders do not answer it and start a mail loop.
     */
    public boolean automatic() {
        return automatic;
    }
}
