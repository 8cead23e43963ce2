package dev.claimdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.support.ClaimDeskTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mail to sellers leaves through the outbox: templated, threaded, with a signed Reply-To, and once per key. */
@ClaimDeskTest
class OutboundMailTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Claims claims;

    @Autowired
    PlatformProperties platform;

    @Test
    void mailsToASellerAreThreadedAndCarryTheClaimReferenceAndAReplyToken() throws Exception {
        String seller = SellerMailbox.newSellerAddress();
        String reference = SellerMailbox.newClaim(jdbc, seller);
        var sellerBox = new SellerMailbox(platform.mail().helpdeskAddress());

        String first = mailbox.queue(new OutgoingMail(
                reference, MailKind.CLAIM_ACKNOWLEDGEMENT, "t-ack-" + reference, Map.of("responseDays", 3)));
        sellerBox.awaitMails(seller, 1);
        String second = mailbox.queue(new OutgoingMail(
                reference,
                MailKind.INFO_REQUEST,
                "t-info-" + reference,
                Map.of("question", "Which <b>SKU</b>?", "replyDays", 4)));
        var mails = sellerBox.awaitMails(seller, 2);

        MimeMessage ack = mails.get(0);
        MimeMessage info = mails.get(1);
        assertThat(ack.getMessageID()).isEqualTo("<" + first + ">");
        assertThat(info.getMessageID()).isEqualTo("<" + second + ">");
        assertThat(ack.getHeader("In-Reply-To")).isNull();
        assertThat(info.getHeader("In-Reply-To")).containsExactly("<" + first + ">");
        assertThat(info.getHeader("References")[0]).contains("<" + first + ">");
        assertThat(info.getSubject()).isEqualTo("[" + reference + "] We need more information about your claim");
        assertThat(((InternetAddress) info.getFrom()[0]).getAddress())
                .isEqualTo(platform.mail().helpdeskAddress());
        String replyTo = ((InternetAddress) info.getReplyTo()[0]).getAddress();
        assertThat(replyTo).matches("helpdesk\\+" + reference + "\\.[a-z2-7]{16}@claimdesk\\.local");
        assertThat(ack.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(info.getHeader("Auto-Submitted")).isNull();

        String text = SellerMailbox.body(info, "text/plain");
        String html = SellerMailbox.body(info, "text/html");
        assertThat(text).contains("Which <b>SKU</b>?").contains("within 4 working days");
        assertThat(html).contains("Which &lt;b&gt;SKU&lt;/b&gt;?").doesNotContain("<b>SKU</b>");

        assertThat(mailbox.thread(reference))
                .extracting(ThreadEntry::messageId, ThreadEntry::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, ThreadEntry.Status.SENT),
                        org.assertj.core.groups.Tuple.tuple(second, ThreadEntry.Status.SENT));
    }

    @Test
    void theSameIdempotencyKeyQueuesOneMail() {
        String seller = SellerMailbox.newSellerAddress();
        String reference = SellerMailbox.newClaim(jdbc, seller);
        var mail = new OutgoingMail(
                reference, MailKind.RESOLUTION, "t-once-" + reference, Map.of("resolution", "Accepted."));

        String first = mailbox.queue(mail);
        String again = mailbox.queue(mail);

        assertThat(again).isEqualTo(first);
        new SellerMailbox(platform.mail().helpdeskAddress()).awaitMails(seller, 1);
        assertThat(mailbox.thread(reference)).hasSize(1);
    }
}
