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
    COUNTERFEIT_DECISION("counterfeit-decision", "Decision on the counterfeit finding", false),
    /** RTV: when and where to collect the returned goods. */
    RTV_PICKUP_NOTICE("rtv-pickup-notice", "Your returned goods are ready for pickup", true),
    /** RTV: the goods were not collected within the pickup window. */
    RTV_UNCOLLECTED_NOTICE("rtv-uncollected-notice", "Your RTV request has been closed", true),
    /** RTV: the on-site appeal is registered; its reference and the last day to raise the claim. */
    RTV_APPEAL_REGISTERED("rtv-appeal-registered", "Your on-site appeal is registered", true),
    /** RTV: one working day is left to raise the wrong-return claim. */
    RTV_CLAIM_WINDOW_REMINDER("rtv-claim-window-reminder", "Reminder: raise your wrong-return claim by tomorrow", true),
    /** RTV: no claim within the window; the appeal has lapsed. */
    RTV_APPEAL_LAPSED("rtv-appeal-lapsed", "Your on-site appeal has lapsed", true);

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
