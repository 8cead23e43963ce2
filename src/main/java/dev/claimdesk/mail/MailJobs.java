package dev.claimdesk.mail;

import dev.claimdesk.claims.ClaimHandling;

/** Names shared by the process models and the mail module: job types, the reply message and their variables. */
public final class MailJobs {

    /** Job types: kebab-case verb-object with the module prefix, one worker each. */
    public static final String SEND_CLAIM_ACKNOWLEDGEMENT = "mail-send-claim-acknowledgement";

    public static final String SEND_INFO_REQUEST = "mail-send-info-request";
    public static final String SEND_REMINDER = "mail-send-reminder";
    public static final String SEND_RESOLUTION = "mail-send-resolution";
    public static final String SEND_AUTO_CLOSE_NOTICE = "mail-send-auto-close-notice";

    /**
     * Message published when a seller's reply to a claim has been accepted (BPMN message {@code Msg_SellerReplied});
     * correlation key: the claim reference.
     */
    public static final String MSG_SELLER_REPLIED = "seller-replied";

    /** Input: the claim's reference (CLM-YYYY-NNNNNN), the correlation key of {@link #MSG_SELLER_REPLIED}. */
    public static final String VAR_CLAIM_REFERENCE = ClaimHandling.VAR_CLAIM_REFERENCE;
    /** Input of send-info-request and send-reminder: what the agent asks the seller. */
    public static final String VAR_QUESTION = "question";
    /** The claim's clocks as its process started with them (claimdesk.claims.*): the mails state these. */
    public static final String VAR_RESPONSE_WORKING_DAYS = ClaimHandling.VAR_RESPONSE_WORKING_DAYS;

    public static final String VAR_REPLY_WORKING_DAYS = ClaimHandling.VAR_REPLY_WORKING_DAYS;
    /** Input of send-resolution: the decision as the agent wrote it for the seller. */
    /** The outcome and its facts (ClaimHandling's {@code decision}); the resolution mail's templates word them. */
    public static final String VAR_DECISION = ClaimHandling.VAR_DECISION;
    /** Optional input of send-reminder: the date (yyyy-MM-dd) by which the seller must reply. */
    public static final String VAR_REPLY_DUE = "replyDue";

    /** Output of every send job: the Message-ID of the queued mail. */
    public static final String VAR_MAIL_MESSAGE_ID = "mailMessageId";
    /** Output of every send job: when the mail was queued (ISO-8601 instant); reply deadlines count from it. */
    public static final String VAR_MAIL_QUEUED_AT = "mailQueuedAt";

    /** Carried by {@link #MSG_SELLER_REPLIED}: the seller's reply without quoted history and signature. */
    public static final String VAR_SELLER_REPLY = "sellerReply";
    /** Carried by {@link #MSG_SELLER_REPLIED}: when the reply was received (ISO-8601 instant). */
    public static final String VAR_SELLER_REPLIED_AT = "sellerRepliedAt";
    /** Carried by {@link #MSG_SELLER_REPLIED}: the reply's id in the claim's thread. */
    public static final String VAR_SELLER_REPLY_ID = "sellerReplyId";

    private MailJobs() {}
}
