package dev.claimdesk.mail.internal;

/** Why a mail from the helpdesk mailbox was not accepted as a reply. Shown to supervisors. */
public enum QuarantineReason {
    NO_CLAIM("No reply token and no claim reference in the subject"),
    UNKNOWN_REFERENCE("Names a claim that does not exist"),
    WRONG_TOKEN("Sent to a reply address whose token is not valid (forged or mangled)"),
    NOT_IN_THREAD("Names a claim in the subject but does not answer any of its mails"),
    SENDER_NOT_REGISTERED("Not sent from the shop's registered email address"),
    SENDER_NOT_AUTHENTICATED("The receiving mail server found the sender's address forged (DMARC fail)"),
    NO_SELLER_TEXT("No text of the seller's and no attachment: only quoted mail, a quote header or a signature"),
    UNREADABLE("The mail cannot be read"),
    TOO_LARGE("The mail is larger than the limit");

    private final String description;

    QuarantineReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
