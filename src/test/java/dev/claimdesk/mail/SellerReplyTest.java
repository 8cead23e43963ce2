package dev.claimdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.mail.ThreadEntry.Status;
import dev.claimdesk.mail.internal.InboundLedger;
import dev.claimdesk.mail.internal.QuarantineReason;
import dev.claimdesk.mail.internal.QuarantineStore;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sellers' mail read back from the helpdesk mailbox (GreenMail, over SMTP and IMAP) into the right claim and waiting
 * process instance, or not: each probe process asks its seller by mail and then waits for two replies, so a mail that
 * wrongly counted would let the following genuine reply complete the second wait too.
 */
@ClaimDeskTest
class SellerReplyTest {

    @Autowired
    Claims claims;

    @Autowired
    Mailbox mailbox;

    @Autowired
    ProcessTestHarness harness;

    @Autowired
    PlatformProperties platform;

    @Autowired
    InboundLedger ledger;

    @Autowired
    QuarantineStore quarantine;

    @Autowired
    org.springframework.context.ApplicationContext context;

    ReplyProbe probe;
    SellerMailbox sellerBox;

    @BeforeEach
    void deployProbe() {
        probe = ReplyProbe.deploy(context);
        sellerBox = probe.sellerBox();
    }

    @Test
    void aReplyToTheTokenAddressReachesItsClaimsWaitingProcess() throws Exception {
        var asked = probe.ask();
        var other = probe.ask();
        String key = newMessageId();
        // no claim reference in the subject and no In-Reply-To to one of our mails: only the token can match it
        var reply = SellerMailbox.fixture(
                "replies/gmail-1.eml",
                Map.of(
                        "from",
                        asked.seller(),
                        "to",
                        asked.replyTo(),
                        "subject",
                        "SKU question",
                        "inReplyTo",
                        "unrelated-1@mail.gmail.com",
                        "messageId",
                        key));

        sellerBox.deliver(reply);

        harness.awaitCompleted(asked.instance(), "Event_SellerReplied");
        String expected = "Hello,\n\nThe SKU is AT-55821 (black, size M). I deleted it on the seller center on\n"
                + "2 January but orders still come in for it.\n\nThanks,\nAmina";
        assertThat(harness.variable(asked.instance(), MailJobs.VAR_SELLER_REPLY).orElse(null))
                .isEqualTo("\"" + expected.replace("\n", "\\n") + "\"");
        assertThat(mailbox.thread(asked.reference()))
                .filteredOn(e -> e.direction() == ThreadEntry.Direction.FROM_SELLER)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(Status.REPLY);
                    assertThat(e.text().shown()).isEqualTo(expected);
                    assertThat(e.messageId()).isEqualTo(key);
                });
        assertThat(harness.isActive(other.instance(), "Event_SellerReplied"))
                .as("the other claim's process still waits")
                .isTrue();
        assertThat(probe.published(other.reference())).isZero();
    }

    @Test
    void aReplyWithTheSubjectReferenceAndInReplyToReachesTheProcess() throws Exception {
        var asked = probe.ask();
        var reply = sellerBox.reply(asked.infoRequest(), asked.seller(), "The SKU is AT-1.");
        reply.setRecipients(Message.RecipientType.TO, platform.mail().helpdeskAddress()); // no token
        SellerMailbox.withMessageId(reply, newMessageId());

        sellerBox.deliver(reply);

        harness.awaitCompleted(asked.instance(), "Event_SellerReplied");
        assertThat(harness.variable(asked.instance(), MailJobs.VAR_SELLER_REPLY).orElse(null))
                .isEqualTo("\"The SKU is AT-1.\"");
    }

    @Test
    void theSameEmailDeliveredTwiceCorrelatesOnce() throws Exception {
        var asked = probe.ask();
        String key = newMessageId();
        var reply = SellerMailbox.withMessageId(
                sellerBox.reply(asked.infoRequest(), asked.seller(), "Here is the SKU: AT-2."), key);

        sellerBox.deliver(reply);
        sellerBox.deliver(reply);

        await().atMost(SellerMailbox.TIMEOUT).until(() -> seenCopies(key) == 2);
        harness.awaitCompleted(asked.instance(), "Event_SellerReplied");
        assertThat(harness.isActive(asked.instance(), "Event_SellerRepliedAgain"))
                .isTrue();
        assertThat(probe.published(asked.reference())).isEqualTo(1);
        assertThat(mailbox.thread(asked.reference()))
                .filteredOn(e -> e.messageId().equals(key))
                .hasSize(1);
    }

    @Test
    void aReplyNotInEnglishIsAnsweredInEnglishAndNotCounted() throws Exception {
        var asked = probe.ask();
        String key = newMessageId();
        var french = SellerMailbox.withMessageId(
                sellerBox.reply(
                        asked.infoRequest(),
                        asked.seller(),
                        "Bonjour, je vous envoie la facture demandée. Le colis a été livré au mauvais entrepôt."),
                key);

        sellerBox.deliver(french);

        var mails = sellerBox.awaitMails(asked.seller(), 2);
        var englishRequest = mails.get(1);
        assertThat(englishRequest.getSubject()).isEqualTo("[" + asked.reference() + "] Please write to us in English");
        assertThat(englishRequest.getHeader("In-Reply-To")).containsExactly("<" + key + ">");
        assertThat(englishRequest.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(ledger.outcome(key)).contains(InboundLedger.Outcome.NOT_ENGLISH);
        assertThat(mailbox.thread(asked.reference()))
                .filteredOn(e -> e.messageId().equals(key))
                .extracting(ThreadEntry::status)
                .containsExactly(Status.NOT_ENGLISH);
        assertCountsOnlyTheNextGenuineReply(asked);
    }

    @Test
    void anOutOfOfficeReplyIsNotAReply() throws Exception {
        var asked = probe.ask();
        String key = newMessageId();
        var outOfOffice = SellerMailbox.newMessage();
        outOfOffice.setFrom(new InternetAddress(asked.seller()));
        outOfOffice.setRecipients(Message.RecipientType.TO, asked.replyTo());
        outOfOffice.setSubject("Automatic reply: " + asked.infoRequest().getSubject());
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        outOfOffice.setHeader("X-Auto-Response-Suppress", "All");
        outOfOffice.setText("I am out of the office until 12 January with limited access to email.");

        sellerBox.deliver(SellerMailbox.withMessageId(outOfOffice, key));

        await().atMost(SellerMailbox.TIMEOUT).until(() -> ledger.outcome(key).isPresent());
        assertThat(ledger.outcome(key)).contains(InboundLedger.Outcome.AUTO_REPLY);
        assertThat(quarantine.findByMessageKey(key)).isEmpty();
        assertThat(mailbox.thread(asked.reference()))
                .filteredOn(e -> e.messageId().equals(key))
                .extracting(ThreadEntry::status)
                .containsExactly(Status.AUTO_REPLY);
        assertCountsOnlyTheNextGenuineReply(asked);
    }

    @Test
    void aBounceIsNotAReply() throws Exception {
        var asked = probe.ask();
        String key = newMessageId();
        var bounce = SellerMailbox.fixture(
                "bounce.eml",
                Map.of(
                        "to", platform.mail().helpdeskAddress(),
                        "messageId", key,
                        "seller", asked.seller(),
                        "originalMessageId", asked.infoRequestId(),
                        "subject", asked.infoRequest().getSubject()));

        sellerBox.deliver(bounce);

        await().atMost(SellerMailbox.TIMEOUT).until(() -> ledger.outcome(key).isPresent());
        assertThat(ledger.outcome(key)).contains(InboundLedger.Outcome.BOUNCE);
        assertThat(quarantine.findByMessageKey(key)).isEmpty();
        assertCountsOnlyTheNextGenuineReply(asked);
    }

    @Test
    void aReplyFromAnotherAddressIsQuarantined() throws Exception {
        var asked = probe.ask();
        String key = newMessageId();
        var forged = SellerMailbox.withMessageId(
                sellerBox.reply(asked.infoRequest(), "someone@elsewhere.example", "Please refund me."), key);

        sellerBox.deliver(forged);

        var item = awaitQuarantined(key);
        assertThat(item.reason()).isEqualTo(QuarantineReason.SENDER_NOT_REGISTERED);
        assertThat(item.suggestedReference()).isEqualTo(asked.reference());
        assertThat(item.from()).isEqualTo("someone@elsewhere.example");
        assertCountsOnlyTheNextGenuineReply(asked);
    }

    @Test
    void aReplyToAForgedTokenIsQuarantined() throws Exception {
        var asked = probe.ask();
        String key = newMessageId();
        var reply = sellerBox.reply(asked.infoRequest(), asked.seller(), "The SKU is AT-3.");
        String forgedToken = "helpdesk+" + asked.reference() + ".aaaaaaaaaaaaaaaa@claimdesk.local";
        reply.setRecipients(Message.RecipientType.TO, forgedToken);

        sellerBox.deliver(SellerMailbox.withMessageId(reply, key));

        var item = awaitQuarantined(key);
        assertThat(item.reason()).isEqualTo(QuarantineReason.WRONG_TOKEN);
        assertThat(item.detail()).contains(forgedToken);
        assertCountsOnlyTheNextGenuineReply(asked);
    }

    @Test
    void aMailNamingAnUnknownClaimIsQuarantined() throws Exception {
        var asked = probe.ask();
        String key = newMessageId();
        var mail = SellerMailbox.newMessage();
        mail.setFrom(new InternetAddress(asked.seller()));
        mail.setRecipients(Message.RecipientType.TO, platform.mail().helpdeskAddress());
        mail.setSubject("Re: [CLM-2099-999999] We need more information about your claim");
        mail.setText("The SKU is AT-4.");

        sellerBox.deliver(SellerMailbox.withMessageId(mail, key));

        assertThat(awaitQuarantined(key).reason()).isEqualTo(QuarantineReason.UNKNOWN_REFERENCE);
        assertCountsOnlyTheNextGenuineReply(asked);
    }

    @Test
    void attachmentsAreKeptWithinTheAllowedTypes() throws Exception {
        var asked = probe.ask();
        String key = newMessageId();
        var reply = sellerBox.reply(asked.infoRequest(), asked.seller(), "Invoice attached.");
        var text = new MimeBodyPart();
        text.setText("Invoice attached.", "UTF-8");
        var multipart = new MimeMultipart(
                "mixed",
                text,
                attachment("invoice.pdf", "application/pdf", "%PDF-1.7 ..."),
                attachment("invoice.pdf.exe", "application/x-msdownload", "MZ..."));
        reply.setContent(multipart);

        sellerBox.deliver(SellerMailbox.withMessageId(reply, key));

        harness.awaitCompleted(asked.instance(), "Event_SellerReplied");
        var entry = mailbox.thread(asked.reference()).stream()
                .filter(e -> e.messageId().equals(key))
                .findFirst()
                .orElseThrow();
        assertThat(entry.attachments())
                .extracting(ThreadEntry.Attachment::fileName, ThreadEntry.Attachment::kept)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("invoice.pdf", true),
                        org.assertj.core.groups.Tuple.tuple("invoice.pdf.exe", false));
        assertThat(entry.attachments().get(1).rejection()).contains("application/x-msdownload");
    }

    /** The mail before did not count: the next genuine reply completes the first wait, and the second still waits. */
    private void assertCountsOnlyTheNextGenuineReply(ReplyProbe.Asked asked) throws Exception {
        var genuine = SellerMailbox.withMessageId(
                sellerBox.reply(asked.infoRequest(), asked.seller(), "The genuine answer."), newMessageId());
        sellerBox.deliver(genuine);
        harness.awaitCompleted(asked.instance(), "Event_SellerReplied");
        assertThat(harness.variable(asked.instance(), MailJobs.VAR_SELLER_REPLY).orElse(null))
                .isEqualTo("\"The genuine answer.\"");
        assertThat(harness.isActive(asked.instance(), "Event_SellerRepliedAgain"))
                .isTrue();
        assertThat(probe.published(asked.reference())).isEqualTo(1);
    }

    private QuarantineStore.Item awaitQuarantined(String key) {
        return await().atMost(SellerMailbox.TIMEOUT)
                .until(() -> quarantine.findByMessageKey(key), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static MimeBodyPart attachment(String name, String type, String content) throws Exception {
        var part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.getBytes(), type)));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static String newMessageId() {
        return UUID.randomUUID() + "@shop.example";
    }

    /** Copies of the mail in the helpdesk inbox that the poller has flagged \Seen. */
    private long seenCopies(String messageId) throws Exception {
        var imap = platform.mail().imap();
        try (var store = Session.getInstance(new Properties()).getStore(imap.protocol())) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            try (Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_ONLY);
                long seen = 0;
                for (Message m : inbox.getMessages()) {
                    String[] id = m.getHeader("Message-ID");
                    if (id != null && id[0].contains(messageId) && m.isSet(Flags.Flag.SEEN)) {
                        seen++;
                    }
                }
                return seen;
            }
        }
    }
}
