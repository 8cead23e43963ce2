package dev.claimdesk.mail;

import java.util.List;

/** The mail module's API. */
public interface Mailbox {

    /**
     * Queues a mail to the claim's seller in the caller's transaction (or a new one): it is sent after that transaction
     * commits and never if it rolls back. Queuing again with the same idempotency key returns the first mail's
     * Message-ID and queues nothing.
     *
     * @return the mail's Message-ID (without angle brackets)
     */
    String queue(OutgoingMail mail);

    /**
     * Queues a notice about a case that is not a claim (an RTV case), like {@link #queue(OutgoingMail)}: once per
     * idempotency key, sent after the caller's transaction commits.
     *
     * @return the mail's Message-ID (without angle brackets)
     */
    String queue(CaseMail mail);

    /** Every mail to and from the claim's (or case's) seller, oldest first. */
    List<ThreadEntry> thread(String claimReference);
}
